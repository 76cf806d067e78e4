namespace BudgetLedger.Projections.Reports;

/// <summary>A table of a report as the disclosure prints it: Chinese title and headings, rows of cells (amounts in 万元, two decimals; blank = not stated).</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
