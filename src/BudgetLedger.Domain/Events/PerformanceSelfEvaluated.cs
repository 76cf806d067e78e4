using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// 绩效自评: a project's full-year budget, execution, execution rate and total score, reported after the
/// year, with its funds rows and indicator rows as printed.
/// </summary>
[EventType("PerformanceSelfEvaluated", 1)]
public sealed record PerformanceSelfEvaluated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string ProjectName,
    Amount FullYearBudget,
    Amount Executed,
    decimal? ExecutionRatePercent,
    decimal? Score,
    IReadOnlyList<EvaluatedFunds> Funds,
    IReadOnlyList<EvaluatedIndicator> Indicators) : ISingleUnitEvent;
