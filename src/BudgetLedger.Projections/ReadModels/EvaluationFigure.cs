using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// A project's self-evaluation: full-year budget against execution (万元), rate (%), score, and its funds and
/// indicator rows as stated.
/// </summary>
public sealed record EvaluationFigure(string Project, decimal FullYearBudget, decimal Executed, decimal? RatePercent,
    decimal? Score, IReadOnlyList<EvaluatedFunds> Funds, IReadOnlyList<EvaluatedIndicator> Indicators);
