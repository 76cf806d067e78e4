namespace BudgetLedger.Domain.Events;

/// <summary>A funds row of a self-evaluation (万元): 目标申报数, 预算编制数, 全年预算数, 全年执行数, 结余, 执行率 (%), 得分.</summary>
public sealed record EvaluatedFunds(
    string Source,
    decimal? Declared,
    decimal? Budgeted,
    decimal? FullYearBudget,
    decimal? Executed,
    decimal? Balance,
    decimal? ExecutionRatePercent,
    decimal? Score);
