using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>A batch's new trace facts (from the unit actors) and directory facts (from the subscription).</summary>
public sealed record FactsToCommit(IReadOnlyList<StoredTraceFact> Trace, IReadOnlyList<DirectoryFact> Directory)
{
    public IReadOnlyList<StoredTables> Tables { get; init; } = [];
}

/// <summary>A trace fact as read back: its unit and its event's metadata as stored.</summary>
public sealed record UnitTraceFact(string UnitId, TraceFact Fact, byte[] Metadata);

/// <summary>
/// The tables a unit actor folded for a year in one batch, each with the position that published it, packed; the
/// first one's position keys them.
/// </summary>
public sealed record StoredTables(string UnitId, int Year, ulong Position, byte[] Blob);

/// <summary>Where a table as published is in the log: the position of the event that published it.</summary>
public sealed record PositionedTable(ulong Position, string DocumentSha256, int Ordinal);
