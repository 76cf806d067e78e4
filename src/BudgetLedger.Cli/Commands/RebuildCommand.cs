using System.CommandLine;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Cli.Commands;

public static class RebuildCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rebuild",
            "Drop the read models and replay the whole log through the projection actors.");
        command.SetAction(async (parse, _) =>
        {
            await using var ledger = context.OpenExisting(parse);
            if (ledger is null)
            {
                return CliContext.Failure;
            }

            context.Ledger(parse).DeleteReadModels();

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (store, _) = await ReadModels.Prepare(ledger, parse, null, context);
            using (store)
            {
                context.Output.WriteLine($"rebuilt {store.UnitCount()} unit read models from position 0 to "
                    + $"{store.Checkpoint()} in {clock.Elapsed.TotalSeconds:F1} s; {store.Faults().Count}"
                    + $" events could not be projected");
                foreach (var fault in store.Faults())
                {
                    context.Output.WriteLine($"    position {fault.Position}, {fault.Type}: {fault.Error}");
                }
            }

            return CliContext.Success;
        });
        return command;
    }
}
