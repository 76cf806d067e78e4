namespace BudgetLedger.Reporting.Rendering;

/// <summary>
/// A table of a report as the disclosure prints it: Chinese title and headings, rows of cells (amounts in 万元, two
/// decimals; blank = not stated).
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// For a table as published: the unit it states (元/万元) and each row's page and line in its document.
    /// </summary>
    public string? Unit { get; init; }

    public IReadOnlyList<(int Page, int Line)>? RowSources { get; init; }
}
