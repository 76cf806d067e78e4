using System.Net;
using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>
/// A cluster found through gossip: the members last heard of, then the seeds, are asked in turn who leads; the leader
/// takes writes, the node preference picks the node for reads. A node that fails a call is dropped, and the next call
/// asks the cluster again (or goes straight to the leader a "not leader" answer named).
/// </summary>
internal sealed class ClusterNodes(EventStoreDbConnection connection) : INodes
{
    private readonly ClusterDiscovery _discovery = connection.Discovery!;
    private readonly NodeChannels _channels = new(connection);
    private readonly SemaphoreSlim _gossip = new(1, 1);
    private readonly Lock _lock = new();
    private volatile Node? _writer;
    private volatile Node? _reader;
    private IReadOnlyList<DnsEndPoint> _members = [];

    public int Attempts => 3;

    public async Task<Node> Writer(CancellationToken cancellationToken) =>
        _writer ?? await Discover(forWrites: true, cancellationToken);

    public async Task<Node> Reader(CancellationToken cancellationToken) =>
        _reader ?? await Discover(forWrites: false, cancellationToken);

    public void Failed(Node node, RpcException error)
    {
        var leader = CallFailure.LeaderOf(error);
        lock (_lock)
        {
            if (_writer?.EndPoint.Equals(node.EndPoint) == true)
            {
                _writer = leader is null ? null : Open(leader, forWrites: true);
            }

            if (_reader?.EndPoint.Equals(node.EndPoint) == true)
            {
                _reader = leader is not null && _discovery.NodePreference == NodePreference.Leader
                    ? Open(leader, forWrites: false) : null;
            }
        }
    }

    private async Task<Node> Discover(bool forWrites, CancellationToken cancellationToken)
    {
        await _gossip.WaitAsync(cancellationToken);
        try
        {
            var failures = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var round = 0; round < _discovery.MaxDiscoverAttempts; round++)
            {
                if ((forWrites ? _writer : _reader) is { } known)
                {
                    return known;
                }

                if (round > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 100 << (round - 1))), cancellationToken);
                }

                foreach (var candidate in _members.Concat(connection.Hosts).DistinctBy(HostList.Format))
                {
                    if (await Ask(candidate, forWrites, cancellationToken) is { } failure)
                    {
                        failures[HostList.Format(candidate)] = failure;
                    }
                    else
                    {
                        return (forWrites ? _writer : _reader)!;
                    }
                }
            }

            throw new StoreUnavailableException($"{connection}: no {(forWrites ? "leader" : "node to read from")} "
                + $"found through gossip in {_discovery.MaxDiscoverAttempts} rounds over the seeds "
                + $"{string.Join(", ", connection.Hosts.Select(HostList.Format))} ("
                + string.Join("; ", failures.Select(f => $"{f.Key}: {f.Value}")) + ")");
        }
        finally
        {
            _gossip.Release();
        }
    }

    /// <summary>
    /// Asks one node's gossip and keeps the nodes it names; says why not when it names none for the role.
    /// </summary>
    private async Task<string?> Ask(DnsEndPoint candidate, bool forWrites, CancellationToken cancellationToken)
    {
        IReadOnlyList<ClusterMember> members;
        try
        {
            members = await GossipReader.Read(_channels.For(candidate), _channels.Headers(requiresLeader: false),
                _discovery.GossipTimeout, cancellationToken);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ex.StatusCode == StatusCode.DeadlineExceeded
                ? $"no gossip within {_discovery.GossipTimeout.TotalMilliseconds:0} ms"
                : $"{ex.StatusCode} ({ex.Status.Detail})";
        }

        var leader = NodeSelection.Leader(members);
        var reader = NodeSelection.ForReads(members, _discovery.NodePreference, Random.Shared);
        lock (_lock)
        {
            _members = members.Where(m => m.IsAlive).Select(m => m.EndPoint).ToList();
            _writer ??= leader is null ? null : Open(leader, forWrites: true);
            _reader ??= reader is null ? null : Open(reader, forWrites: false);
            return (forWrites ? _writer : _reader) is null
                ? $"no {(forWrites ? "leader" : "node to read from")} among its {members.Count} members"
                : null;
        }
    }

    /// <summary>Writes require the leader; reads do when the preference is the leader (as in EventStoreDB's clients).
    /// </summary>
    private Node Open(DnsEndPoint node, bool forWrites) => new(node,
        new Protocol.Streams.StreamsClient(_channels.For(node)),
        _channels.Headers(forWrites || _discovery.NodePreference == NodePreference.Leader));

    public void Dispose()
    {
        _channels.Dispose();
        _gossip.Dispose();
    }
}
