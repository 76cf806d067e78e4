using System.CommandLine;
using BudgetLedger.Cli.Output;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.TamperEvidence;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Commands;

public static class StatusCommand
{
    private static readonly string DocumentImportedType = EventTypeMap.Default.NameOf(typeof(DocumentImported));

    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create("table", "table", "json");
        var command = new Command("status", "Show how many events and documents the ledger holds, its last position "
            + "and its digest (save the digest: `verify --digest` checks the log against it later). A ledger file "
            + "keeps these with every append, so status reads them without walking the log.")
        {
            format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = context.OpenExisting(parse);
            if (store is null)
            {
                return CliContext.Failure;
            }

            var (status, holds) = store is ILogSummary summaries
                && await summaries.Summary(cancellationToken) is { } kept
                ? FromSummary(store, kept)
                : await FromWalk(store, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                context.Output.WriteLine(status.ToString(Formatting.Indented));
            }
            else
            {
                var rows = status.Properties().Where(p => p.Value.Type != JTokenType.Object)
                    .Select(p => (IReadOnlyList<string>)[p.Name,
                        p.Value.Type == JTokenType.Null ? "(empty)" : p.Value.ToString()]);
                TableWriter.Write(context.Output, ["field", "value"], rows);
            }

            return holds ? CliContext.Success : CliContext.Failure;
        });
        return command;
    }

    /// <summary>
    /// Constant time: the summary the store keeps with every append, and its last event checked against the log's.
    /// </summary>
    private static (JObject Status, bool Holds) FromSummary(IEventStore store, LogSummary kept)
    {
        var mismatch = kept.TailMismatch();
        var chain = mismatch is null ? "tail matches the kept digest (verify walks the whole log)"
            : $"FAILED: {mismatch}: run `budget-ledger verify`";
        return (Status(store, kept.Events, kept.EventsByType, kept.Streams, kept.LastPosition, kept.Digest,
            kept.ContentDigest, chain), mismatch is null);
    }

    /// <summary>A store that keeps no summary (a server, a ledger file made before it, opened read-only).</summary>
    private static async Task<(JObject Status, bool Holds)> FromWalk(IEventStore store, CancellationToken cancel)
    {
        var report = await new LedgerVerifier(store).Verify(cancellationToken: cancel);
        return (Status(store, report.EventsChecked, report.EventsByType, report.Streams, report.LastPosition,
            report.Digest, report.ContentDigest, report.Holds ? "holds" : report.Failure!.ToString()), report.Holds);
    }

    private static JObject Status(IEventStore store, long events, IReadOnlyDictionary<string, long> byType,
        int streams, GlobalPosition? position, string digest, string content, string chain) => new()
    {
        ["store"] = store.Description,
        ["events"] = events,
        ["documents"] = byType.GetValueOrDefault(DocumentImportedType),
        ["streams"] = streams,
        ["position"] = position?.ToString(),
        ["digest"] = digest,
        ["content"] = content,
        ["chain"] = chain,
        ["eventsByType"] = JObject.FromObject(byType),
    };
}
