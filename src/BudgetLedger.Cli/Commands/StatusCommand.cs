using System.CommandLine;
using BudgetLedger.Cli.Output;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
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
        var command = new Command("status", "Show how many events and documents the ledger holds, its last position and its digest (save the digest: `verify --digest` checks the log against it later).")
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

            var report = await new LedgerVerifier(store).Verify(cancellationToken: cancellationToken);
            var status = new JObject
            {
                ["store"] = store.Description,
                ["events"] = report.EventsChecked,
                ["documents"] = report.EventsByType.GetValueOrDefault(DocumentImportedType),
                ["streams"] = report.Streams,
                ["position"] = report.LastPosition?.ToString(),
                ["digest"] = report.Digest,
                ["content"] = report.ContentDigest,
                ["chain"] = report.Holds ? "holds" : report.Failure!.ToString(),
                ["eventsByType"] = JObject.FromObject(report.EventsByType),
            };
            if (parse.GetValue(format) == "json")
            {
                context.Output.WriteLine(status.ToString(Formatting.Indented));
            }
            else
            {
                var rows = status.Properties().Where(p => p.Value.Type != JTokenType.Object)
                    .Select(p => (IReadOnlyList<string>)[p.Name, p.Value.Type == JTokenType.Null ? "(empty)" : p.Value.ToString()]);
                TableWriter.Write(context.Output, ["field", "value"], rows);
            }

            return report.Holds ? CliContext.Success : CliContext.Failure;
        });
        return command;
    }
}
