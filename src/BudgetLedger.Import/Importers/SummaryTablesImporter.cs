namespace BudgetLedger.Import.Importers;

/// <summary>
/// 预算收支总表 and 财政拨款收支总表 restate figures the class tables already carry, so they add no events;
/// their identities are checked: 收入总计 = 支出总计, 本年收入合计 + 上年结转 = 收入总计, and the
/// expenditure categories sum to 本年支出合计.
/// </summary>
public sealed class SummaryTablesImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.BudgetSummary,
        TableKind.FiscalAppropriationSummary];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var figures = LabelledFigures.Read(document.File, table);
            var title = table.Title;
            var revenueTotal = figures.RevenueTotal;
            var expenditureTotal = figures.ExpenditureTotal;
            var currentRevenue = figures.CurrentRevenue ?? revenueTotal;
            var carryover = figures.Carryover;
            var currentExpenditure = figures.CurrentExpenditure ?? expenditureTotal;
            if (revenueTotal is null || expenditureTotal is null || currentRevenue is null
                || currentExpenditure is null)
            {
                throw document.Error(table, null, "a summary table needs 收入总计 and 支出总计 rows (or 收入合计 and 支出合计)");
            }

            document.Report(Identity.Check(title, revenueTotal.Line, "收入总计 = 支出总计", revenueTotal.First,
                [expenditureTotal.First]));
            if (currentRevenue != revenueTotal)
            {
                document.Report(Identity.Check(title, revenueTotal.Line, "收入总计 = 本年收入合计 + 上年结转",
                    revenueTotal.First, [currentRevenue.First, carryover?.First]));
            }

            figures.RowSums().ToList().ForEach(document.Report);
            var revenueEnd = currentRevenue != revenueTotal ? currentRevenue.Line
                : carryover?.Line ?? revenueTotal.Line;
            document.Report(Identity.Check(title, currentRevenue.Line, "本年收入合计 = Σ revenue items",
                currentRevenue.First, figures.Left.Where(r => r.Numbered && r.Line < revenueEnd).Select(r => r.First)
                    .ToList()));
            if (carryover is not null)
            {
                document.Report(Identity.Check(title, carryover.Line, "上年结转 = Σ its items", carryover.First,
                    figures.Left.Where(r => r.Numbered && r.Line > carryover.Line && r.Line < revenueTotal.Line)
                        .Select(r => r.First).ToList()));
            }

            var categories = figures.Categories.ToList();
            for (var column = 0; column < currentExpenditure.Figures.Count; column++)
            {
                var c = column;
                document.Report(Identity.Check(title, currentExpenditure.Line,
                    $"本年支出合计 = Σ expenditure categories, figure column {c + 1}", currentExpenditure.Figures[c],
                    categories.Select(r => r.Figures[c]).ToList()));
            }
        }
    }
}
