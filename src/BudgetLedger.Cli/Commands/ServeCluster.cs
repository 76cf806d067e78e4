using System.CommandLine;
using BudgetLedger.Cli.Composition;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.Projections.Cluster.Nodes;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Cli.Commands;

/// <summary>`serve --cluster`: the server as a node of the projections' cluster (Akka.Cluster).</summary>
internal sealed class ServeCluster
{
    public Option<bool> Cluster { get; } = new("--cluster") { Description = "Be a node of a cluster: units' "
        + "projections sharded over the nodes, the log read by one of them, read models shared (a PostgreSQL "
        + "ledger only). Any node answers." };

    public Option<string> Host { get; } = new("--cluster-host") { Description = "The address other nodes reach "
        + "this one at.", DefaultValueFactory = _ => "127.0.0.1" };

    public Option<int> Port { get; } = new("--cluster-port") { Description = "The port nodes talk on.",
        DefaultValueFactory = _ => 4053 };

    public Option<string?> Seeds { get; } = new("--seed-nodes") { Description = "host:port of the nodes to join "
        + "through, comma separated (default: this node alone)." };

    public IEnumerable<Option> Options => [Cluster, Host, Port, Seeds];

    /// <summary>Joins the cluster when --cluster is given; null otherwise.</summary>
    public async Task<ClusterNode?> Join(ParseResult parse, LedgerLocation ledger, CliContext context)
    {
        if (!parse.GetValue(Cluster))
        {
            return null;
        }

        if (!PostgreSqlConnection.IsConnectionString(ledger.Address))
        {
            throw new UsageException("--cluster needs a PostgreSQL ledger (--store postgresql://…): the nodes "
                + "share its read models");
        }

        var host = parse.GetValue(Host)!;
        var port = parse.GetValue(Port);
        IReadOnlyList<string> seeds;
        try
        {
            seeds = parse.GetValue(Seeds) is { Length: > 0 } given ? ClusterNodeSettings.ParseSeeds(given)
                : [$"{host}:{port}"];
        }
        catch (FormatException e)
        {
            throw new UsageException($"--seed-nodes: {e.Message}");
        }

        var settings = new ClusterNodeSettings(host, port, seeds);
        var node = await ClusterNode.Start(settings, ledger.OpenExisting(readOnly: true, context.Error)!,
            ledger.OpenReadModels);
        context.Output.WriteLine($"cluster node {node.Address} joined through {string.Join(", ", seeds)}");
        return node;
    }
}
