using System.Collections.Immutable;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// One unit's year as its events state it: the budget (appropriations, carryovers, basic expenditure by
/// economic class, 三公, agency costs, projects) and, after the year, the final accounts (executions,
/// revenue, balances, economic detail, evaluations), with the findings recorded against it.
/// </summary>
public sealed record YearView
{
    public ImmutableList<ClassFigure> Appropriations { get; init; } = [];

    public ImmutableList<ClassFigure> Carryovers { get; init; } = [];

    public ImmutableList<EconomicFigure> BasicBudget { get; init; } = [];

    public ThreePublicFigures? ThreePublicBudget { get; init; }

    public ThreePublicFigures? ThreePublicActual { get; init; }

    public decimal? AgencyCostsBudget { get; init; }

    public decimal? AgencyCostsActual { get; init; }

    public ImmutableList<ProjectFigure> Projects { get; init; } = [];

    public ImmutableList<ClassFigure> Executions { get; init; } = [];

    public ImmutableList<EconomicFigure> EconomicExecutions { get; init; } = [];

    // Sorted: a hashed dictionary would list its keys in another order in every process.
    public ImmutableSortedDictionary<string, decimal> Revenue { get; init; } =
        ImmutableSortedDictionary<string, decimal>.Empty;

    public decimal? SurplusDistributed { get; init; }

    public decimal? YearEndBalance { get; init; }

    public ProcurementFigures? ProcurementBudget { get; init; }

    public ProcurementFigures? ProcurementActual { get; init; }

    public ImmutableList<AssetFigure> Assets { get; init; } = [];

    public ImmutableList<TargetsFigure> Targets { get; init; } = [];

    public ImmutableList<EvaluationFigure> Evaluations { get; init; } = [];

    public ImmutableList<FindingFigure> Findings { get; init; } = [];

    public ImmutableList<string> Documents { get; init; } = [];

    /// <summary>Every table of the year's documents as printed, in document order.</summary>
    public ImmutableList<PublishedTableFigure> PublishedTables { get; init; } = [];

    public ImmutableList<StatedReasonFigure> StatedReasons { get; init; } = [];

    public ImmutableList<TransferFigure> Transfers { get; init; } = [];

    public ImmutableList<AdjustmentFigure> Adjustments { get; init; } = [];

    /// <summary>Functional class names as the documents printed them, parents included.</summary>
    public ImmutableSortedDictionary<string, string> ClassNames { get; init; } = ImmutableSortedDictionary<string,
        string>.Empty;
}
