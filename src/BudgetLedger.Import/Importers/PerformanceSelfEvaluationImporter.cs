using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.Import.Cells;
using BudgetLedger.Import.Documents;
using BudgetLedger.Import.Tables;
using BudgetLedger.Import.Validation;

namespace BudgetLedger.Import.Importers;

/// <summary>
/// 项目支出绩效自评表: the project's full-year budget, execution, balance and execution rate (the 资金总额
/// row, 万元, read by position as the columns' layout shifts between tables) and its total score (总分). Checked: balance = budget − execution, rate = execution ÷ budget.
/// </summary>
public sealed class PerformanceSelfEvaluationImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.PerformanceSelfEvaluation];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var name = table.Lines.FirstOrDefault(l => l[0] == "项目名称")?.NonEmptyCells.Skip(1).FirstOrDefault()
                ?? throw document.Error(table, null, "no 项目名称 row");
            var funds = table.Lines.FirstOrDefault(l => l.Cells.Any(c => c.StartsWith("资金总额", StringComparison.Ordinal)))
                ?? throw document.Error(table, null, "no 资金总额 row");
            var figures = funds.NonEmptyCells.Where(c => AmountCell.TryParse(c, out var v) && v is not null)
                .Select(c => AmountCell.Parse(c, r => document.Error(table, funds.Number, r))!.Value).ToList();
            // 目标申报数, 预算编制数, 全年预算数, 全年执行数, 资金结余, 执行率, and sometimes 得分.
            if (figures.Count is not (6 or 7))
            {
                throw document.Error(table, funds.Number, $"资金总额 has {figures.Count} figures where 6 or 7 (目标申报数 … 执行率 [, 得分]) were expected");
            }

            var (budget, executed, balance, rate) = (figures[2], figures[3], figures[4], figures[5]);
            var scoreLine = table.Lines.FirstOrDefault(l => l[0] == "总分");
            decimal? score = scoreLine?.NonEmptyCells.Skip(1).Select(c => AmountCell.TryParse(c, out var v) ? v : null).FirstOrDefault(v => v is not null);
            document.Report(Identity.Check(table.Title, funds.Number, "资金结余 = 全年预算数 − 全年执行数", balance, [budget, -executed]));
            if (budget != 0m)
            {
                document.Report(Identity.Check(table.Title, funds.Number, "执行率 = 全年执行数 ÷ 全年预算数 (%)", rate, [Math.Round(executed / budget * 100m, 2)]));
            }

            document.Add(new PerformanceSelfEvaluated(document.UnitId, document.Header.Year, name, Amount.TenThousandYuan(budget), Amount.TenThousandYuan(executed), rate, score), table, funds.Number);
        }
    }
}
