namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// A figure on a functional class (万元): where it comes from (Appropriation, Carryover or Execution), its code,
/// name, fund source and basic/project, when stated. The source travels with the figure so that two
/// equal-looking figures of different origin are never confused.
/// </summary>
public sealed record ClassFigure(string Source, string Code, string Name, string? FundSource, string? Kind, decimal Amount)
{
    public const string Appropriation = "Appropriation";
    public const string Carryover = "Carryover";
    public const string Execution = "Execution";
}
