using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>绩效自评: a project's budget, execution, execution rate and score, reported after the year.</summary>
[EventType("PerformanceSelfEvaluated", 1)]
public sealed record PerformanceSelfEvaluated(UnitId UnitId, FiscalYear FiscalYear, string ProjectName, Amount FullYearBudget, Amount Executed, decimal? ExecutionRatePercent, decimal? Score) : IBudgetEvent;
