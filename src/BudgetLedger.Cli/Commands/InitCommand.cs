using System.CommandLine;
using BudgetLedger.EventStore.Sqlite;

namespace BudgetLedger.Cli.Commands;

public static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Create an empty ledger file (or bring an existing one's schema up to date). Safe to run twice.");
        command.SetAction(async (parse, _) =>
        {
            var path = StoreLocation.Resolve(parse.GetValue(context.StoreOption));
            if (StoreLocation.IsServer(path))
            {
                await using var server = StoreLocation.Open(path);
                await server.ReadAllBackwards(null, 1);
                context.Output.WriteLine($"ledger {server.Description} is reachable; a server needs no set-up");
                return CliContext.Success;
            }

            var existed = File.Exists(path);
            await using var store = SqliteEventStore.Open(path);
            context.Output.WriteLine(existed ? $"ledger {path} is ready (it already existed)" : $"created ledger {path}");
            return CliContext.Success;
        });
        return command;
    }
}
