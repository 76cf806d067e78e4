using BudgetLedger.EventStore.EventStoreDb.Cluster;
using BudgetLedger.EventStore.EventStoreDb.Protocol;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using Google.Protobuf;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>
/// The store port over EventStoreDB's gRPC Streams service. Ids, type and content type go in the event's
/// system metadata; the ledger's metadata, its recorded time and the per-stream hash in custom metadata
/// (<see cref="StoredEnvelope"/>). Positions are the server's commit/prepare log offsets (ordered, with
/// gaps). EventStoreDB has no atomic append across streams (before KurrentDB 25.1) and no index of event
/// ids across streams: a retried batch is recognised within its stream. On a cluster, appends (and the reads
/// they depend on) go to the leader, other reads to the node the preference picks (<see cref="ClusterNodes"/>).
/// </summary>
public sealed partial class EventStoreDbStore : IEventStore, ILogSubscriptions
{
    private const int PageSize = 512;
    private readonly INodes _nodes;
    private readonly NodeCalls _calls;
    private readonly string _prefix;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string,
        StreamState> _streams = new(StringComparer.Ordinal);

    private EventStoreDbStore(EventStoreDbConnection connection)
    {
        Connection = connection;
        _nodes = connection.Discovery is null ? new SingleNode(connection) : new ClusterNodes(connection);
        _calls = new NodeCalls(_nodes, Description, cluster: connection.Discovery is not null);
        _prefix = connection.Ledger is null ? "" : connection.Ledger + "/";
        var streams = new ReadReq.Types.Options.Types.FilterOptions.Types.Expression();
        if (_prefix.Length > 0)
        {
            streams.Prefix.Add(_prefix);
        }
        else
        {
            // The default ledger's streams: no system stream, and none of a named ledger (NAME/…).
            streams.Regex = "^[^$/][^/]*$";
        }

        _ownStreams = new ReadReq.Types.Options.Types.FilterOptions { StreamIdentifier = streams, Count = new Empty(),
            CheckpointIntervalMultiplier = 1 };
    }

    /// <summary>
    /// $all, filtered on the server to this ledger's streams (or, without a ledger name, to non-system streams).
    /// </summary>
    private readonly ReadReq.Types.Options.Types.FilterOptions _ownStreams;

    public EventStoreDbConnection Connection { get; }

    public StoreCapabilities Capabilities { get; } = new(MultiStreamAppend: false, DensePositions: false);

    public string Description => Connection.ToString();

    /// <summary>Where this store's calls go (the tests ask which node writes and which reads).</summary>
    internal INodes Nodes => _nodes;

    public static EventStoreDbStore Connect(string connectionString)
        => new(EventStoreDbConnection.Parse(connectionString));

    /// <summary>Another client (its own channels) to the same server and ledger.</summary>
    public EventStoreDbStore Reconnect() => new(Connection);

    /// <summary>
    /// A '/' in a stream name would file it under a named ledger (NAME/…): refused, so ledgers stay apart.
    /// </summary>
    private StreamIdentifier Identifier(string stream) => stream.Contains('/', StringComparison.Ordinal)
        ? throw new ArgumentException($"'{stream}': a stream name on EventStoreDB has no '/' (it separates a named "
            + "ledger from its streams)", nameof(stream))
        : new() { StreamName = ByteString.CopyFromUtf8(_prefix + stream) };

    private sealed record StreamState(ulong? Revision, byte[] Hash, Dictionary<Guid, StoredId> Ids);

    private sealed record StoredId(ulong Revision, GlobalPosition? Position, byte[] Content);

    public ValueTask DisposeAsync()
    {
        _nodes.Dispose();
        return ValueTask.CompletedTask;
    }
}
