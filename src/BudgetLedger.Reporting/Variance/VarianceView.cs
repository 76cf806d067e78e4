using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Variance;

/// <summary>
/// Why a unit's budget differs between two years: totals, lines, projects, the events behind them and the unit's
/// own reasons reconciled.
/// </summary>
public sealed record VarianceView(
    string UnitId,
    string Unit,
    YearTotal From,
    YearTotal To,
    IReadOnlyList<LineChange> Lines,
    IReadOnlyList<ProjectChange> Projects,
    IReadOnlyList<ChangeEvent> Events,
    IReadOnlyList<StatedReasonFigure> Reasons,
    Reconciliation Reconciliation);

/// <param name="Status">disclosed (a disclosure in the ledger), derived (stated by a later document) or missing</param>
public sealed record YearTotal(int Year, string Status, decimal? Total, string Basis);

public sealed record LineChange(
    string Code,
    string Name,
    decimal? From,
    decimal? To,
    decimal? Change,
    string Attribution);

/// <param name="Match">how the names of the two years were matched, when they differ</param>
public sealed record ProjectChange(
    string Name,
    string? Match,
    decimal? From,
    bool FromDerived,
    decimal? To,
    decimal? Change,
    string Attribution,
    IReadOnlyList<string> Reasons);

/// <summary>A recorded event in the span: a transfer in or out, an adjustment, a rename.</summary>
public sealed record ChangeEvent(int Year, string Kind, string Description, decimal? Amount);

/// <param name="Stated">the sum of the unit's stated reasons about projects and lines</param>
/// <param name="Computed">the change of the total, where both years' totals are known</param>
/// <param name="Residual">what no stated reason explains: computed − stated</param>
public sealed record Reconciliation(decimal Stated, decimal? Computed, decimal? Residual);
