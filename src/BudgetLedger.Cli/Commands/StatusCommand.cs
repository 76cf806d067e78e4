using System.CommandLine;
using BudgetLedger.Cli.Output;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using BudgetLedger.Projections.Log;

namespace BudgetLedger.Cli.Commands;

public static class StatusCommand
{
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

            var (status, holds) = await LedgerStatus.Read(store, cancellationToken);
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
}
