namespace BudgetLedger.Import.Importers;

/// <summary>
/// Tables the seeds only ever publish empty (government funds, state capital): they yield no events, and a figure in one is refused rather than dropped.
/// </summary>
public sealed class EmptyTablesImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } =
        [TableKind.GovernmentFundRevenue, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalBudget, TableKind.FinalAccountsGovernmentFund, TableKind.FinalAccountsStateCapital];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, kind) in tables)
        {
            foreach (var line in table.Lines)
            {
                foreach (var cell in line.Cells)
                {
                    if (AmountCell.TryParse(cell, out var value) && value is not null && !IsColumnNumbering(line))
                    {
                        throw document.Error(table, line.Number, $"a figure ({cell}) in a {kind} table: only empty tables of this kind are imported yet");
                    }
                }
            }
        }
    }

    /// <summary>Header lines that number the columns: "栏次 1 2 3" or "1 2 3 4 5".</summary>
    private static bool IsColumnNumbering(Text.TextLine line) =>
        line[0] == "栏次" || line.NonEmptyCells.All(c => int.TryParse(c, out var n) && n < 100);
}
