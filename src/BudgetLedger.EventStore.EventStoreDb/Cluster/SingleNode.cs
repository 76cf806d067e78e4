using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>One node named by the connection string: every call goes there, once.</summary>
internal sealed class SingleNode : INodes
{
    private readonly NodeChannels _channels;
    private readonly Node _node;

    public SingleNode(EventStoreDbConnection connection)
    {
        _channels = new NodeChannels(connection);
        _node = new Node(connection.Hosts[0], new Protocol.Streams.StreamsClient(_channels.For(connection.Hosts[0])),
            _channels.Headers(requiresLeader: false));
    }

    public int Attempts => 1;

    public Task<Node> Writer(CancellationToken cancellationToken) => Task.FromResult(_node);

    public Task<Node> Reader(CancellationToken cancellationToken) => Task.FromResult(_node);

    public void Failed(Node node, RpcException error)
    {
    }

    public void Dispose() => _channels.Dispose();
}
