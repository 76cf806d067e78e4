namespace BudgetLedger.Import.Importers;

/// <summary>
/// 项目支出绩效自评表: the project's full-year budget, execution, balance and execution rate (the 资金总额
/// row, 万元, read by position as the columns' layout shifts between tables) and its total score (总分).
/// Checked: balance = budget − execution, rate = execution ÷ budget.
/// </summary>
public sealed class PerformanceSelfEvaluationImporter : ITableImporter
{
    private static readonly string[] Levels = ["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标"];

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.PerformanceSelfEvaluation];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var name = table.Lines.FirstOrDefault(l => l[0] == "项目名称")?.NonEmptyCells.Skip(1).FirstOrDefault()
                ?? throw document.Error(table, null, "no 项目名称 row");
            var funds = table.Lines
                .FirstOrDefault(l => l.Cells.Any(c => c.StartsWith("资金总额", StringComparison.Ordinal)))
                ?? throw document.Error(table, null, "no 资金总额 row");
            var figures = funds.NonEmptyCells.Where(c => AmountCell.TryParse(c, out var v) && v is not null)
                .Select(c => AmountCell.Parse(c, r => document.Error(table, funds.Number, r))!.Value).ToList();
            // 目标申报数, 预算编制数, 全年预算数, 全年执行数, 资金结余, 执行率, and sometimes 得分.
            if (figures.Count is not (6 or 7))
            {
                throw document.Error(table, funds.Number,
                    $"资金总额 has {figures.Count} figures where 6 or 7 (目标申报数 … 执行率 [, 得分]) were expected");
            }

            var (budget, executed, balance, rate) = (figures[2], figures[3], figures[4], figures[5]);
            var scoreLine = table.Lines.FirstOrDefault(l => l[0] == "总分");
            decimal? score = scoreLine?.NonEmptyCells.Skip(1).Select(c => AmountCell.TryParse(c, out var v) ? v : null)
                .FirstOrDefault(v => v is not null);
            document.Report(Identity.Check(table.Title, funds.Number, "资金结余 = 全年预算数 − 全年执行数", balance,
                [budget, -executed]));
            if (budget != 0m)
            {
                document.Report(Identity.Check(table.Title, funds.Number, "执行率 = 全年执行数 ÷ 全年预算数 (%)", rate,
                    [Math.Round(executed / budget * 100m, 2)]));
            }

            var rows = FundRows(document, table, funds);
            CheckSources(document, table, rows);
            var indicators = Indicators(table);
            if (scoreLine is not null)
            {
                var fundScore = rows[0].Funds.Score ?? rows.Skip(1).Sum(r => r.Funds.Score);
                document.Report(Identity.Check(table.Title, scoreLine.Number, "总分 = 资金 得分 + Σ indicators' 得分",
                    score, [fundScore, .. indicators.Select(i => i.Score)]));
            }

            document.Add(new PerformanceSelfEvaluated(document.UnitId, document.Header.Year, name,
                Amount.TenThousandYuan(budget), Amount.TenThousandYuan(executed), rate, score, rows.Select(r => r.Funds)
                    .ToList(), indicators), table, funds.Number);
        }
    }

    /// <summary>
    /// The sources (省级财政资金 …) add up to 资金总额 figure by figure, and each source's balance and rate follow from
    /// its budget and execution.
    /// </summary>
    private static void CheckSources(DocumentContext document, RawTable table,
        List<(int Line, EvaluatedFunds Funds)> rows)
    {
        var sources = rows.Skip(1).ToList();
        var t = table.Title;
        for (var i = 0; sources.Count > 0 && i < 7; i++)
        {
            var column = i;
            document.Report(Identity.Check(t, rows[0].Line, $"资金总额 = Σ its sources, figure {column + 1}",
                Figure(rows[0].Funds, column), sources.Select(s => Figure(s.Funds, column)).ToList()));
        }

        foreach (var (line, f) in sources)
        {
            document.Report(Identity.Check(t, line, $"{f.Source}: 资金结余 = 全年预算数 − 全年执行数", f.Balance,
                [f.FullYearBudget, -f.Executed]));
            if (f.FullYearBudget is { } b and not 0m && f.Executed is { } e)
            {
                document.Report(Identity.Check(t, line, $"{f.Source}: 执行率 = 全年执行数 ÷ 全年预算数 (%)",
                    f.ExecutionRatePercent, [Math.Round(e / b * 100m, 2)]));
            }
        }
    }

    private static decimal? Figure(EvaluatedFunds f, int i) => i switch
    {
        0 => f.Declared, 1 => f.Budgeted, 2 => f.FullYearBudget, 3 => f.Executed, 4 => f.Balance,
        5 => f.ExecutionRatePercent, _ => f.Score,
    };

    /// <summary>The 资金总额 row and the rows of its sources (省级财政资金 …), figures by position.</summary>
    private static List<(int Line, EvaluatedFunds Funds)> FundRows(DocumentContext document, RawTable table,
        TextLine total)
    {
        var rows = new List<(int, EvaluatedFunds)>();
        foreach (var line in table.Lines.SkipWhile(l => l != total)
            .TakeWhile(l => l == total
                || l.NonEmptyCells.FirstOrDefault()?.EndsWith("资金", StringComparison.Ordinal) == true))
        {
            var cells = line.NonEmptyCells.ToList();
            var f = cells.Skip(1).Select(c => AmountCell.Parse(c, r => document.Error(table, line.Number, r))).ToList();
            decimal? At(int i) => i < f.Count ? f[i] : null;
            rows.Add((line.Number, new EvaluatedFunds(cells[0].TrimEnd('：', ':'), At(0), At(1), At(2), At(3), At(4),
                At(5), At(6))));
        }

        return rows;
    }

    /// <summary>
    /// Rows between the 绩效指标 header and 总分: level, text as printed, and the two trailing figures 分值 and 得分.
    /// </summary>
    private static List<EvaluatedIndicator> Indicators(RawTable table)
    {
        var indicators = new List<EvaluatedIndicator>();
        var level = "";
        foreach (var line in table.Lines.SkipWhile(l => !l.NonEmptyCells.Contains("一级指标")).Skip(1)
            .TakeWhile(l => l[0] != "总分"))
        {
            var cells = line.NonEmptyCells.ToList();
            level = cells.FirstOrDefault(c => Levels.Contains(c)) ?? level;
            var numbers = cells.Select((c, i) => (c, i))
                .Where(x => AmountCell.TryParse(x.c, out var v) && v is not null).ToList();
            if (numbers.Count < 2)
            {
                continue;
            }

            var (weight, score) = (numbers[^2], numbers[^1]);
            var text = string.Join(" | ", cells.Where((c, i) => i != weight.i && i != score.i && !Levels.Contains(c)));
            indicators.Add(new EvaluatedIndicator(level, text, AmountCell.Parse(weight.c, _ => new FormatException()),
                AmountCell.Parse(score.c, _ => new FormatException())));
        }

        return indicators;
    }
}
