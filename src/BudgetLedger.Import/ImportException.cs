namespace BudgetLedger.Import;

/// <summary>
/// A document that cannot be imported: names the file, the table and source line where known, and the
/// rule broken. Nothing of the document is written.
/// </summary>
public sealed class ImportException(string file, string? table, int? line, string rule)
    : Exception($"{file}{(table is null ? "" : $", table '{table}'")}{(line is null ? "" : $", line {line}")}: {rule}")
{
    public string File { get; } = file;

    public string? Table { get; } = table;

    public int? Line { get; } = line;

    public string Rule { get; } = rule;
}
