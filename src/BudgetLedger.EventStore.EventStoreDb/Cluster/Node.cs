using System.Net;
using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>The node a call goes to, with the headers it is sent with.</summary>
internal sealed record Node(DnsEndPoint EndPoint, Protocol.Streams.StreamsClient Client, Metadata Headers);
