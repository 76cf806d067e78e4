namespace BudgetLedger.Import.Importers;

/// <summary>
/// 收入支出决算总表 (公开01) and 财政拨款收入支出决算总表 (公开04). From 公开01: the revenue lines received,
/// the surplus distributed and the year-end balance. Checked on both: 本年收入 + 使用非财政拨款结余 +
/// 年初结转和结余 = 总计 = 本年支出 + 结余分配 + 年末结转和结余, and the categories sum to 本年支出合计.
/// </summary>
public sealed class FinalAccountsSummaryImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.FinalAccountsSummary,
        TableKind.FinalAccountsFiscalAppropriationSummary];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, kind) in tables)
        {
            var f = LabelledFigures.Read(document.File, table);
            var t = table.Title;
            var revenue = f.LeftRow("本年收入合计") ?? throw document.Error(table, null, "no 本年收入合计 row");
            var expenditure = f.RightRow("本年支出合计") ?? throw document.Error(table, null, "no 本年支出合计 row");
            var leftTotal = f.LeftRow("总计", "收入总计")
                ?? throw document.Error(table, null, "no 总计 row on the revenue side");
            var rightTotal = f.RightRow("总计", "支出总计")
                ?? throw document.Error(table, null, "no 总计 row on the expenditure side");
            var nonAppropriationSurplus = f.LeftRow("使用非财政拨款结余");
            var opening = f.LeftRow("年初结转和结余", "年初财政拨款结转和结余");
            var surplus = f.RightRow("结余分配");
            var closing = f.RightRow("年末结转和结余", "年末财政拨款结转和结余");

            document.Report(Identity.Check(t, leftTotal.Line, "总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", leftTotal.First,
                [revenue.First, nonAppropriationSurplus?.First, opening?.First]));
            document.Report(Identity.Check(t, rightTotal.Line, "总计 = 本年支出合计 + 结余分配 + 年末结转和结余", rightTotal.First,
                [expenditure.First, surplus?.First, closing?.First]));
            document.Report(Identity.Check(t, rightTotal.Line, "收入总计 = 支出总计", leftTotal.First, [rightTotal.First]));
            var incomes = f.Left.Where(r => r.Line < revenue.Line && r.Label.Length > 0).ToList();
            document.Report(Identity.Check(t, revenue.Line, "本年收入合计 = Σ revenue lines", revenue.First,
                incomes.Select(r => r.First).ToList()));
            var categories = f.Right.Where(r => r.Line < expenditure.Line && r.Label.EndsWith("支出",
                StringComparison.Ordinal)).ToList();
            f.RowSums().ToList().ForEach(document.Report);
            for (var column = 0; column < expenditure.Figures.Count; column++)
            {
                var c = column;
                document.Report(Identity.Check(t, expenditure.Line, $"本年支出合计 = Σ expenditure categories, figure "
                    + $"column {c + 1}", expenditure.Figures[c], categories.Select(r => r.Figures.ElementAtOrDefault(c))
                        .ToList()));
            }

            for (var column = 1; column < rightTotal.Figures.Count; column++)
            {
                var c = column;
                document.Report(Identity.Check(t, rightTotal.Line, $"总计 = 本年支出合计 + 结余分配 + 年末结转和结余, figure "
                    + $"column {c + 1}", rightTotal.Figures[c], [expenditure.Figures.ElementAtOrDefault(c),
                        surplus?.Figures.ElementAtOrDefault(c), closing?.Figures.ElementAtOrDefault(c)]));
            }

            if (kind != TableKind.FinalAccountsSummary)
            {
                continue;
            }

            if (nonAppropriationSurplus?.First is > 0m || opening?.First is > 0m)
            {
                throw document.Error(table, opening?.Line,
                    "opening balances (年初结转和结余, 使用非财政拨款结余) are not imported yet");
            }

            foreach (var income in incomes.Where(r => r.First is > 0m))
            {
                document.Add(new RevenueStated(document.UnitId, document.Header.Year, Basis.Actual, income.Label,
                    DocumentContext.AmountOf(table, income.First!.Value)), table, income.Line);
            }

            if (surplus?.First is > 0m)
            {
                document.Add(new SurplusDistributed(document.UnitId, document.Header.Year,
                    DocumentContext.AmountOf(table, surplus.First.Value)), table, surplus.Line);
            }

            if (closing?.First is { } balance)
            {
                document.Add(new YearEndBalanceCarriedForward(document.UnitId, document.Header.Year, null, null,
                    DocumentContext.AmountOf(table, balance)), table, closing.Line);
            }
        }
    }
}
