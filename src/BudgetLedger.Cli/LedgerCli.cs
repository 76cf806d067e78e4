using BudgetLedger.EventStore;
using System.CommandLine;
using BudgetLedger.Cli.Commands;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Projections.Engine;

namespace BudgetLedger.Cli;

/// <summary>
/// The <c>budget-ledger</c> command line. Exit codes: 0 success, 1 the ledger does not hold or an operation failed, 2
/// bad usage.
/// </summary>
public static class LedgerCli
{
    public const int UsageError = 2;

    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("budget-ledger: an event-sourced, tamper-evident ledger of public budget changes.")
        {
            context.StoreOption,
        };
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(InspectCommand.Create(context));
        root.Subcommands.Add(RecordCommand.Create(context));
        root.Subcommands.Add(FindingsCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(VarianceCommand.Create(context));
        root.Subcommands.Add(TraceCommand.Create(context));
        root.Subcommands.Add(RebuildCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(LogCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run `budget-ledger --help` (or `budget-ledger <command> --help`) for usage.");
            return UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error,
                EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {OneLine(e.Message)}");
            return UsageError;
        }
        catch (Exception e) when (e is StoreUnavailableException or ProjectionFailedException or LedgerFileException)
        {
            error.WriteLine($"error: {OneLine(e.Message)}");
            return CliContext.Failure;
        }
        catch (Exception e)
        {
            // Whatever was not foreseen still ends as one line and exit 1, never a stack trace.
            error.WriteLine($"error: {OneLine(e.Message)} ({e.GetType().Name}; nothing further was written)");
            return CliContext.Failure;
        }
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
