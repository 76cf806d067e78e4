namespace BudgetLedger.Import.Importers;

/// <summary>一般公共预算财政拨款支出决算表 (公开05): what was spent, by functional class and basic/project.</summary>
public sealed class FinalAccountsExpenditureImporter : ITableImporter
{
    private static readonly string[] KindColumns = ["基本支出", "项目支出"];

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.FinalAccountsGeneralPublicBudgetExpenditure];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (raw, _) in tables)
        {
            var table = ClassTableReader.Read(document.File, raw, ["合计", .. KindColumns]);
            document.Report(ClassTableChecks.Check(table, KindColumns));
            document.Add(new FunctionalClassesNamed(document.UnitId, document.Header.Year,
                table.Rows.Select(r => r.Class!).ToList()), raw, raw.TitleLine, "names");
            foreach (var row in table.Leaves)
            {
                foreach (var (column, kind) in new[] { ("基本支出", ExpenditureKind.BasicExpenditure),
                    ("项目支出", ExpenditureKind.ProjectExpenditure) })
                {
                    if (row[column] is { } value && value != 0m)
                    {
                        document.Add(new ExpenditureExecuted(document.UnitId, document.Header.Year, row.Class!,
                            FundSource.GeneralPublicBudget, kind, DocumentContext.AmountOf(raw, value)), raw,
                            row.Line, column);
                    }
                }
            }
        }
    }
}
