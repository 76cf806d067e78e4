using BudgetLedger.Domain.Events;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Actors;

/// <summary>
/// An event with its commit position in the log, its id (corrections name events by id) and its metadata as stored
/// (kept beside the trace facts, decoded only when a trace shows it).
/// </summary>
public sealed record PositionedEvent(ulong Position, IBudgetEvent Event, Guid EventId = default,
    byte[]? Metadata = null)
{
    /// <summary>The event's type and data as the log stores them, where it was read from the log.</summary>
    public (string Type, byte[] Data)? Stored { get; init; }
}

/// <summary>To a unit actor: fold these events (in log order) into your view and answer with it.</summary>
public sealed record ApplyEvents(IReadOnlyList<PositionedEvent> Events);

/// <summary>
/// From a unit actor: its view after the batch, and the years the batch changed, already serialized
/// (each unit does its own, so the work spreads over the cores instead of queuing at the subscription).
/// </summary>
public sealed record UnitApplied(UnitView View, IReadOnlyDictionary<int, byte[]> ChangedYears,
    IReadOnlyList<StoredTraceFact> Facts, IReadOnlyList<StoredTables> Tables);

/// <summary>A trace fact of a unit, serialized by the unit actor, with its event's metadata.</summary>
public sealed record StoredTraceFact(string UnitId, TraceFact Fact, byte[] Json, byte[] Metadata);

/// <summary>To the subscription actor: read the next batch.</summary>
public sealed record Poll
{
    public static Poll Instance { get; } = new();
}
