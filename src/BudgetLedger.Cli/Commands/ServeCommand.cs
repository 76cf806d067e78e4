using System.CommandLine;
using BudgetLedger.Serving;
using BudgetLedger.Serving.Ledger;

namespace BudgetLedger.Cli.Commands;

/// <summary>`serve`: the ledger's answers over HTTP, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    public const string TokenVariable = "BUDGET_LEDGER_TOKEN";

    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0: any free port).",
            DefaultValueFactory = _ => 5080 };
        var urls = new Option<string?>("--urls") { Description = "Where to listen instead, e.g. http://0.0.0.0:5080 "
            + "(beyond loopback only when given here)." };
        var token = new Option<string?>("--token") { Description = $"Accept imports and records with this bearer "
            + $"token (default ${TokenVariable}); without one the server is read-only." };
        var maxBody = new Option<long>("--max-body") { Description = "The largest body a write may send, in bytes.",
            DefaultValueFactory = _ => ServerOptions.DefaultMaxBodyBytes };
        var cluster = new ServeCluster();
        var command = new Command("serve", "Answer over HTTP what the CLI answers: units, years, reports, variance, "
            + "trace, findings, status and the log under /api (every read takes asOf; each answer names the log "
            + $"position and digest it was built from, the position as ETag), a live feed at /api/feed, OpenAPI at "
            + $"{LedgerServer.OpenApiPath}. Runs until Ctrl+C.")
        {
            port, urls, token, maxBody,
        };
        foreach (var option in cluster.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var ledger = context.Ledger(parse);
            await using (var probe = ledger.OpenExisting(readOnly: true, context.Error))
            {
                if (probe is null)
                {
                    return CliContext.Failure;
                }
            }

            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
            await using var node = await cluster.Join(parse, ledger, context);
            var source = Source(ledger) with
            {
                FoldedByCluster = node is not null,
                ClusterView = node is null ? null
                    : async cancel => await node.View(TimeSpan.FromSeconds(5)).WaitAsync(cancel),
            };
            var options = new ServerOptions(parse.GetValue(urls) ?? $"http://127.0.0.1:{parse.GetValue(port)}",
                string.IsNullOrEmpty(secret) ? null : secret, parse.GetValue(maxBody));
            await using var server = await LedgerServer.Start(source, options, cancellationToken);
            context.Output.WriteLine($"serving {ledger.Display} on {string.Join(", ", server.Addresses)} "
                + (options.Token is null ? "(read-only)" : "(imports and records with the token)")
                + "; Ctrl+C stops");
            await context.Output.FlushAsync(cancellationToken);
            await server.WaitForShutdown(cancellationToken);
            return CliContext.Success;
        });
        return command;
    }

    /// <summary>The ledger as the server opens it: read-only to answer, for writing to import or record.</summary>
    public static LedgerSource Source(Composition.LedgerLocation ledger) => new(ledger.Display,
        () => Open(ledger, readOnly: true), () => Open(ledger, readOnly: false), ledger.OpenReadModels);

    private static EventStore.IEventStore Open(Composition.LedgerLocation ledger, bool readOnly) =>
        ledger.OpenExisting(readOnly, TextWriter.Null)
            ?? throw new EventStore.StoreUnavailableException($"no ledger at {ledger.Display} any more");
}
