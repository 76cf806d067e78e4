using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>A project's declared performance targets and funds (元) for the year.</summary>
public sealed record TargetsFigure(string Project, ProjectKind? Kind, decimal? TotalFunds, decimal? AnnualFunds,
    IReadOnlyList<FundingLine> Funds, IReadOnlyList<PerformanceTarget> Targets);
