using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>One gRPC channel per node this client has spoken to, closed with the store.</summary>
internal sealed class NodeChannels(EventStoreDbConnection connection) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<GrpcChannel>> _channels = new(StringComparer.Ordinal);

    /// <summary>Basic credentials from the connection string, sent with every call.</summary>
    public Metadata Headers(bool requiresLeader)
    {
        var headers = new Metadata();
        if (connection.UserName is not null)
        {
            headers.Add("authorization", new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.UserName}:{connection.Password}")))
                    .ToString());
        }

        if (requiresLeader)
        {
            // A follower then answers "not leader" with the leader's address instead of forwarding the call.
            headers.Add("requires-leader", "true");
        }

        return headers;
    }

    public GrpcChannel For(DnsEndPoint node) =>
        _channels.GetOrAdd(HostList.Format(node), _ => new Lazy<GrpcChannel>(() => Open(node))).Value;

    private GrpcChannel Open(DnsEndPoint node)
    {
        // A server that is away or silent is an error within seconds, never a wait without end.
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingDelay = TimeSpan.FromSeconds(5),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
        };
        if (connection.Tls && !connection.VerifyCertificate)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        return GrpcChannel.ForAddress(connection.AddressOf(node), new GrpcChannelOptions { HttpHandler = handler,
            MaxReceiveMessageSize = 17 * 1024 * 1024 });
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values.Where(c => c.IsValueCreated))
        {
            channel.Value.Dispose();
        }
    }
}
