namespace BudgetLedger.Import;

/// <summary>
/// A document that cannot be imported: names the file, the table and source line where known, and the
/// rule broken. Nothing of the document is written.
/// </summary>
public sealed class ImportException(string file, string? table, int? line, string rule, int? page = null)
    : Exception($"{file}{(page is null ? "" : $", page {page}")}{(table is null ? "" : $", table '{table}'")}"
        + $"{(line is null ? "" : $", line {line}")}: {rule}")
{
    public int? Page { get; } = page;

    public string File { get; } = file;

    public string? Table { get; } = table;

    public int? Line { get; } = line;

    public string Rule { get; } = rule;

    /// <summary>Every problem found in the document when there were several (each with its own place).</summary>
    public IReadOnlyList<ImportException> Problems { get; private init; } = [];

    /// <summary>One refusal for all the problems of a document, each problem on its own line.</summary>
    public static ImportException Of(IReadOnlyList<ImportException> problems) => problems.Count == 1 ? problems[0]
        : new ImportException(problems[0].File, null, null, $"{problems.Count} problems:\n"
            + string.Join("\n", problems.Select(p => $"  {p.Message}"))) { Problems = problems };
}
