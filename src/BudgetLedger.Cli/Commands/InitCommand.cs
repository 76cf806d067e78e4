using System.CommandLine;

namespace BudgetLedger.Cli.Commands;

public static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init",
            "Create an empty ledger file (or bring an existing one's schema up to date). Safe to run twice.");
        command.SetAction(async (parse, _) =>
        {
            var ledger = context.Ledger(parse);
            var path = ledger.Address;
            if (ledger.IsServer)
            {
                await using var server = ledger.Create();
                await server.ReadAllBackwards(null, 1);
                context.Output.WriteLine($"ledger {server.Description} is reachable and ready");
                return CliContext.Success;
            }

            var existed = File.Exists(path);
            await using var store = ledger.Create();
            context.Output.WriteLine(existed
                ? $"ledger {path} is ready (it already existed)"
                : $"created ledger {path}");
            return CliContext.Success;
        });
        return command;
    }
}
