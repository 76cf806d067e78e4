using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.Singleton;
using Akka.Configuration;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.Cluster.Sharding;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Cluster.Nodes;

/// <summary>
/// One node of the projections' cluster: its units' shards (every node hosts some), and, on the oldest node, the
/// cluster singleton that reads the log and commits the read models with their checkpoint. A node that goes away
/// is removed by the others after <see cref="ClusterNodeSettings.StableAfter"/>; its shards start again on the
/// survivors from the shared read models, and the singleton moves with them.
/// </summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private const int Shards = 60;
    private readonly ActorSystem _system;
    private readonly IEventStore _log;
    private readonly ReadModelStore _readModels;
    private readonly ReadModelStore _views;
    private readonly object _viewsGate = new();
    private IActorRef? _region;

    private ClusterNode(ActorSystem system, IEventStore log, ReadModelStore readModels, ReadModelStore views)
        => (_system, _log, _readModels, _views) = (system, log, readModels, views);

    public string Address => Akka.Cluster.Cluster.Get(_system).SelfAddress.ToString();

    /// <summary>Joins the cluster (or fails naming the seeds), then starts this node's part.</summary>
    /// <param name="readModels">opens the shared read models (called twice: the singleton's, the shards')</param>
    public static async Task<ClusterNode> Start(ClusterNodeSettings settings, IEventStore log,
        Func<ReadModelStore> readModels, IProgress<ProjectionProgress>? progress = null)
    {
        var committed = readModels();
        await ReadModelOrigin.Reconcile(log, committed);
        // The parts' own settings (and their serializers) from the start, before any message of theirs arrives.
        var config = ConfigurationFactory.ParseString(settings.Hocon())
            .WithFallback(ClusterSharding.DefaultConfig())
            .WithFallback(ClusterSingleton.DefaultConfig())
            .WithFallback(Akka.DistributedData.DistributedData.DefaultConfig());
        var system = ActorSystem.Create(ClusterNodeSettings.SystemName, config);
        var node = new ClusterNode(system, log, committed, readModels());
        try
        {
            await node.Join(settings);
            node.StartParts(progress);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private async Task Join(ClusterNodeSettings settings)
    {
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Akka.Cluster.Cluster.Get(_system).RegisterOnMemberUp(() => up.TrySetResult());
        try
        {
            await up.Task.WaitAsync(settings.JoinTimeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{settings.Address} could not join the cluster through "
                + $"{string.Join(", ", settings.SeedNodes)} within {settings.JoinTimeout.TotalSeconds:0} s: is a "
                + "seed node up?");
        }
    }

    private void StartParts(IProgress<ProjectionProgress>? progress)
    {
        var region = _region = ClusterSharding.Get(_system).Start("unit", _ => UnitEntity.Props(Stored),
            ClusterShardingSettings.Create(_system),
            HashCodeMessageExtractor.Create(Shards, m => (m as UnitBatch)?.UnitId, m => m));
        var options = new ProjectionOptions(Live: true, LiveRetries: int.MaxValue);
        var subscription = Props.Create(() => new SubscriptionActor(_log, _readModels, options,
            new TaskCompletionSource<ProjectionProgress>(TaskCreationOptions.RunContinuationsAsynchronously),
            progress, _ => new ShardedUnits(region)));
        _system.ActorOf(ClusterSingletonManager.Props(subscription, PoisonPill.Instance,
            ClusterSingletonManagerSettings.Create(_system)), "subscription");
    }

    /// <summary>The members as this node sees them, and which shards each hosts (asked of every region).</summary>
    public async Task<ClusterView> View(TimeSpan timeout)
    {
        var cluster = Akka.Cluster.Cluster.Get(_system);
        var members = cluster.State.Members;
        var up = members.Where(m => m.Status == MemberStatus.Up).ToList();
        var oldest = up.Count == 0 ? null : up.Aggregate((a, b) => b.IsOlderThan(a) ? b : a).Address.ToString();
        ClusterShardingStats stats;
        try
        {
            stats = await _region!.Ask<ClusterShardingStats>(new GetClusterShardingStats(timeout),
                timeout + TimeSpan.FromSeconds(2));
        }
        catch (AskTimeoutException)
        {
            throw new TimeoutException($"the units' shard regions did not answer within {timeout.TotalSeconds:0} s");
        }

        return new ClusterView(cluster.SelfAddress.ToString(), oldest,
            members.Select(m => new ClusterMember(m.Address.ToString(), m.Status.ToString())).ToList(),
            stats.Regions.ToDictionary(r => r.Key.ToString(),
                r => (IReadOnlyList<string>)r.Value.Stats.Keys.Order(StringComparer.Ordinal).ToList()));
    }

    private ReadModels.UnitView? Stored(string unitId)
    {
        lock (_viewsGate)
        {
            return _views.Unit(unitId);
        }
    }

    /// <summary>Leaves the cluster (its shards and the singleton hand over), then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        await CoordinatedShutdown.Get(_system).Run(CoordinatedShutdown.ClrExitReason.Instance);
        await _system.WhenTerminated;
        _readModels.Dispose();
        _views.Dispose();
    }
}
