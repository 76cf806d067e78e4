using System.Net;
using BudgetLedger.EventStore.EventStoreDb.Protocol;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>A node as the cluster's gossip describes it.</summary>
internal sealed record ClusterMember(MemberInfo.Types.VNodeState State, bool IsAlive, DnsEndPoint EndPoint);
