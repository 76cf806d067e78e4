namespace BudgetLedger.Import.Importers;

/// <summary>
/// 项目支出预算表 (本年预算 / 上年结转): a project per row, under group rows for the department and the
/// unit. Columns: 合计, then 一般公共预算, 政府性基金, 国有资本经营, 财政专户管理资金, 单位资金.
/// Checked: each group = Σ its projects, and each project's 合计 = Σ its fund columns.
/// </summary>
public sealed class ProjectTablesImporter : ITableImporter
{
    private const int TotalColumn = 1;

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.ProjectExpenditureCurrentYear,
        TableKind.ProjectExpenditureCarryover];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, kind) in tables)
        {
            var funding = kind == TableKind.ProjectExpenditureCarryover ? ProjectFunding.Carryover
                : ProjectFunding.CurrentYear;
            var rows = table.Lines.Where(l => l[0].Length > 0 && l[TotalColumn].Length > 0 && !IsHeader(l)).ToList();
            var groups = rows.Where(r => IsGroup(document, r)).ToList();
            var projects = rows.Except(groups).ToList();
            foreach (var group in groups)
            {
                document.Report(Identity.Check(table.Title, group.Number, $"{group[0]}: 合计 = Σ fund columns",
                    Figure(document, table, group, TotalColumn), Enumerable.Range(TotalColumn + 1, 5)
                        .Select(i => Figure(document, table, group, i)).ToList()));
                document.Report(Identity.Check(table.Title, group.Number, $"{group[0]} = Σ its projects",
                    Figure(document, table, group, TotalColumn),
                    projects.Select(p => Figure(document, table, p, TotalColumn)).ToList()));
            }

            foreach (var project in projects)
            {
                var funds = Enumerable.Range(TotalColumn + 1, 5)
                    .Select(i => Figure(document, table, project, i)).ToList();
                document.Report(Identity.Check(table.Title, project.Number, $"{project[0]}: 合计 = Σ fund columns",
                    Figure(document, table, project, TotalColumn), funds));
                if (funds.Skip(1).Any(f => f is > 0m))
                {
                    throw document.Error(table, project.Number,
                        "project money from fund sources other than 一般公共预算 is not imported yet");
                }

                var amount = Figure(document, table, project, TotalColumn)!.Value;
                document.Add(new ProjectDeclared(document.UnitId, document.Header.Year, project[0], funding,
                    FundSource.GeneralPublicBudget, DocumentContext.AmountOf(table, amount)), table, project.Number);
            }
        }
    }

    /// <summary>The department or the unit itself, not a project.</summary>
    private static bool IsGroup(DocumentContext document, TextLine row)
    {
        var name = UnitIdentity.Normalize(row[0]);
        return name == UnitIdentity.Normalize(document.Header.UnitName) || name.EndsWith('厅') || name.EndsWith('局')
            || name == "合计";
    }

    private static bool IsHeader(TextLine line) => !AmountCell.TryParse(line[TotalColumn], out _) || line[0] == "1";

    private static decimal? Figure(DocumentContext document, RawTable table, TextLine line, int index) =>
        AmountCell.Parse(line[index], r => document.Error(table, line.Number, $"column {index + 1}: {r}"));
}
