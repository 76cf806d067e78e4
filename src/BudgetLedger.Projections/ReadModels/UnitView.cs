using System.Collections.Immutable;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// A unit's read model: its names and codes as documents gave them, its years, and the last log position applied.
/// </summary>
public sealed record UnitView(string UnitId)
{
    public string? Name { get; init; }

    public string? Code { get; init; }

    public ImmutableSortedDictionary<int, YearView> Years { get; init; } =
        ImmutableSortedDictionary<int, YearView>.Empty;

    public ImmutableList<LineageFigure> Lineage { get; init; } = [];

    public ImmutableList<AliasFigure> Aliases { get; init; } = [];

    /// <summary>
    /// The commit position of the last event folded in; an event at or before it is a redelivery and is skipped.
    /// </summary>
    public ulong LastPosition { get; init; }

    public YearView Year(int year) => Years.GetValueOrDefault(year) ?? new YearView();

    public UnitView WithYear(int year, Func<YearView, YearView> change) =>
        this with { Years = Years.SetItem(year, change(Year(year))) };
}
