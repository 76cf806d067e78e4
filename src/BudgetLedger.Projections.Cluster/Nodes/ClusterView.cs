namespace BudgetLedger.Projections.Cluster.Nodes;

/// <summary>
/// What a node sees of its cluster: the members and their status, the oldest (where the log's reader runs) and the
/// units' shards each member hosts.
/// </summary>
public sealed record ClusterView(string Self, string? Oldest, IReadOnlyList<ClusterMember> Members,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Shards);

public sealed record ClusterMember(string Address, string Status);
