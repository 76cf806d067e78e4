using BudgetLedger.Domain.Events;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Actors;

/// <summary>An event with its commit position in the log and its id (corrections name events by id).</summary>
public sealed record PositionedEvent(ulong Position, IBudgetEvent Event, Guid EventId = default);

/// <summary>To a unit actor: fold these events (in log order) into your view and answer with it.</summary>
public sealed record ApplyEvents(IReadOnlyList<PositionedEvent> Events);

/// <summary>
/// From a unit actor: its view after the batch, and the years the batch changed, already serialized
/// (each unit does its own, so the work spreads over the cores instead of queuing at the subscription).
/// </summary>
public sealed record UnitApplied(UnitView View, IReadOnlyDictionary<int, byte[]> ChangedYears);

/// <summary>To the subscription actor: read the next batch.</summary>
public sealed record Poll
{
    public static Poll Instance { get; } = new();
}
