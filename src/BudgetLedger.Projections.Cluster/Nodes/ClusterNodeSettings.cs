using System.Globalization;

namespace BudgetLedger.Projections.Cluster.Nodes;

/// <summary>
/// Where a node listens for the cluster and whom it joins: seed nodes as host:port (itself included or not; the
/// first seed that is up lets the others in).
/// </summary>
public sealed record ClusterNodeSettings(string Host, int Port, IReadOnlyList<string> SeedNodes)
{
    public const string SystemName = "budget-ledger";

    public TimeSpan JoinTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a node that stopped answering is waited for before the others remove it.</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(5);

    public string Address => string.Create(CultureInfo.InvariantCulture, $"akka.tcp://{SystemName}@{Host}:{Port}");

    /// <summary>"host:port,host:port" as the command line gives it.</summary>
    /// <exception cref="FormatException">an entry is not host:port</exception>
    public static IReadOnlyList<string> ParseSeeds(string text) => text.Split(',',
        StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s =>
            s.LastIndexOf(':') is var colon and > 0 && int.TryParse(s[(colon + 1)..], NumberStyles.None,
                CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? s : throw new FormatException($"seed node '{s}' is not host:port")).ToList();

    public string Hocon() => $$"""
        {{Engine.ProjectionHost.LoggingSettings}}
        akka {
          actor {
            provider = cluster
            serializers.ledger = "{{typeof(Wire.ProjectionMessages).AssemblyQualifiedName}}"
            serialization-bindings {
              "BudgetLedger.Projections.Cluster.Sharding.UnitBatch, BudgetLedger.Projections.Cluster" = ledger
              "BudgetLedger.Projections.Actors.UnitApplied, BudgetLedger.Projections" = ledger
            }
          }
          remote.dot-netty.tcp {
            hostname = "{{Host}}"
            port = {{Port.ToString(CultureInfo.InvariantCulture)}}
            maximum-frame-size = 64000000b
            send-buffer-size = 64000000b
            receive-buffer-size = 64000000b
          }
          cluster {
            seed-nodes = [{{string.Join(", ", SeedNodes.Select(s => $"\"akka.tcp://{SystemName}@{s}\""))}}]
            downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
            split-brain-resolver {
              active-strategy = keep-majority
              stable-after = {{(int)StableAfter.TotalMilliseconds}}ms
            }
            failure-detector.acceptable-heartbeat-pause = 3s
            sharding.state-store-mode = ddata
            run-coordinated-shutdown-when-down = on
          }
        }
        """;
}
