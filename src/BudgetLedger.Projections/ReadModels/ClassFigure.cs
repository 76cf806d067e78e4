namespace BudgetLedger.Projections.ReadModels;

/// <summary>A figure on a functional class (万元): its code, name, fund source and basic/project, when stated.</summary>
public sealed record ClassFigure(string Code, string Name, string? FundSource, string? Kind, decimal Amount);
