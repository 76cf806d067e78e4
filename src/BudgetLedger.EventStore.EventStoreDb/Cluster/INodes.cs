using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>Where the store's calls go: one node, or the nodes of a cluster found through gossip.</summary>
internal interface INodes : IDisposable
{
    /// <summary>How many times a call is tried on a node before the store gives up.</summary>
    int Attempts { get; }

    /// <summary>The node that takes appends, and the reads an append depends on.</summary>
    Task<Node> Writer(CancellationToken cancellationToken);

    /// <summary>The node that serves reads and subscriptions.</summary>
    Task<Node> Reader(CancellationToken cancellationToken);

    /// <summary>A call to <paramref name="node"/> failed with <paramref name="error"/>: it is not asked again
    /// until the cluster is asked who leads.</summary>
    void Failed(Node node, RpcException error);
}
