using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>A batch's new trace facts (from the unit actors) and directory facts (from the subscription).</summary>
public sealed record FactsToCommit(IReadOnlyList<StoredTraceFact> Trace, IReadOnlyList<DirectoryFact> Directory)
{
    public IReadOnlyList<StoredTable> Tables { get; init; } = [];
}

/// <summary>A trace fact as read back: its unit and its event's metadata as stored.</summary>
public sealed record UnitTraceFact(string UnitId, TraceFact Fact, byte[] Metadata);

/// <summary>A table as published, folded by a unit actor at a position, serialized.</summary>
public sealed record StoredTable(string UnitId, int Year, PublishedTableFigure Table, ulong Position, byte[] Json);
