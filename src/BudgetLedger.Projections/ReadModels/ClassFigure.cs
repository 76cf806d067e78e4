using BudgetLedger.Domain.Classification;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>Where a functional class figure comes from.</summary>
public enum ClassFigureSource
{
    Appropriation,
    Carryover,
    Execution,
}

/// <summary>
/// A figure on a functional class (万元): where it comes from, its code, name, fund source and basic/project, when
/// stated. The source travels with the figure so that two equal-looking figures of different origin are never
/// confused.
/// </summary>
public sealed record ClassFigure(ClassFigureSource Source, string Code, string Name, FundSource? FundSource,
    ExpenditureKind? Kind, decimal Amount);
