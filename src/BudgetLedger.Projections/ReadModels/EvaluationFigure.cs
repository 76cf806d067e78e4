namespace BudgetLedger.Projections.ReadModels;

/// <summary>A project's self-evaluation: full-year budget against execution (万元), rate (%) and score.</summary>
public sealed record EvaluationFigure(string Project, decimal FullYearBudget, decimal Executed, decimal? RatePercent, decimal? Score);
