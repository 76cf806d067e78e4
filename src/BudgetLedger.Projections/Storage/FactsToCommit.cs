using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>A batch's new trace facts (from the unit actors) and directory facts (from the subscription).</summary>
public sealed record FactsToCommit(IReadOnlyList<StoredTraceFact> Trace, IReadOnlyList<DirectoryFact> Directory);

/// <summary>A trace fact as read back: its unit and its event's metadata as stored.</summary>
public sealed record UnitTraceFact(string UnitId, TraceFact Fact, byte[] Metadata);

/// <summary>A year as stored: its figures, and its tables as published when they changed.</summary>
public sealed record StoredYear(byte[] State, byte[]? Tables);
