using BudgetLedger.EventStore;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Serving.Ledger;

/// <summary>The ledger a server answers for, as the composition root resolved it: log and read models.</summary>
/// <param name="Address">the ledger file's path or the server's connection string, for messages</param>
/// <param name="OpenForReading">opens the existing log to read it</param>
/// <param name="OpenForWriting">opens the existing log to append to it (imports and records)</param>
/// <param name="OpenReadModels">opens the read models the CLI keeps for this ledger</param>
public sealed record LedgerSource(string Address, Func<IEventStore> OpenForReading, Func<IEventStore> OpenForWriting,
    Func<ReadModelStore> OpenReadModels)
{
    /// <summary>
    /// The read models are folded by a cluster this server is a node of: answers read them as committed, never fold.
    /// </summary>
    public bool FoldedByCluster { get; init; }

    /// <summary>What the node sees of its cluster (members, shards), ready for JSON; null when not a node.</summary>
    public Func<CancellationToken, Task<object>>? ClusterView { get; init; }
}
