using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>项目支出绩效目标表: a project's kind, its funds (元) and its annual performance targets.</summary>
[EventType("PerformanceTargetsDeclared", 1)]
public sealed record PerformanceTargetsDeclared(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string ProjectName,
    ProjectKind? Kind,
    Amount? TotalFunds,
    Amount? AnnualFunds,
    IReadOnlyList<FundingLine> Funds,
    IReadOnlyList<PerformanceTarget> Targets) : ISingleUnitEvent;
