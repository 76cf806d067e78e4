using System.CommandLine;
using BudgetLedger.Cli.Output;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Reading;
using Newtonsoft.Json;

using BudgetLedger.Projections.Log;

namespace BudgetLedger.Cli.Commands;

public static class FindingsCommand
{
    private static readonly string FindingType = EventTypeMap.Default.NameOf(typeof(FindingRecorded));

    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create("table", "table", "jsonl");
        var command = new Command("findings", "List the findings recorded at import: identities a document's own "
            + "figures break, with table, line, expected and found.")
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

            var findings = new List<FindingRecorded>();
            await foreach (var e in LogReader.Read(store, types: new HashSet<string> { FindingType },
                cancellationToken: cancellationToken))
            {
                findings.Add((FindingRecorded)e.Event);
            }

            if (parse.GetValue(format) == "jsonl")
            {
                findings.ForEach(f => context.Output.WriteLine(JsonConvert.SerializeObject(f, LedgerJson.Settings)));
            }
            else
            {
                TableWriter.Write(context.Output, ["unit", "year", "table", "line", "rule", "expected", "found"],
                    findings.Select(f => (IReadOnlyList<string>)[f.UnitId.Value, f.FiscalYear.ToString(), f.Table,
                        f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Rule, f.Expected,
                        f.Actual]));
                context.Output.WriteLine($"{findings.Count} findings");
            }

            return CliContext.Success;
        });
        return command;
    }
}
