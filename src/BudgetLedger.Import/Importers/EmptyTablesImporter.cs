namespace BudgetLedger.Import.Importers;

/// <summary>
/// Tables the seeds only ever publish empty (government funds, state capital): they yield no events, and a figure in
/// one is refused rather than dropped.
/// </summary>
public sealed class EmptyTablesImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } =
        [TableKind.GovernmentFundRevenue, TableKind.GovernmentFundExpenditure, TableKind.StateCapitalBudget,
            TableKind.FinalAccountsGovernmentFund, TableKind.FinalAccountsStateCapital];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, kind) in tables)
        {
            foreach (var line in table.Lines)
            {
                foreach (var cell in line.Cells)
                {
                    if (AmountCell.TryParse(cell, out var value) && value is not null and not 0m
                        && !ColumnNames.IsNumbering(line))
                    {
                        throw document.Error(table, line.Number,
                            $"a figure ({cell}) in a {kind} table: only empty tables of this kind are imported yet");
                    }
                }
            }
        }
    }
}
