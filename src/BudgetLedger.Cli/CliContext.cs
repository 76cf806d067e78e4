using System.CommandLine;
using BudgetLedger.EventStore;

namespace BudgetLedger.Cli;

/// <summary>What every command shares: the output writers and the --store option.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public const int Success = 0;
    public const int Failure = 1;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Option<string?> StoreOption { get; } = new("--store")
    {
        Description = $"The ledger: a SQLite file, or an EventStoreDB server (esdb://host:2113?tls=false). Default: "
            + $"${StoreLocation.EnvironmentVariable}, else ./{StoreLocation.DefaultFileName}.",
        Recursive = true,
    };

    /// <summary>Opens an existing ledger read-only; a missing file is an error, not a new empty ledger.</summary>
    public IEventStore? OpenExisting(ParseResult parse) => OpenExisting(parse, readOnly: true);

    /// <summary>
    /// Opens an existing ledger to append to it; a missing file is an error (only init and import create one).
    /// </summary>
    public IEventStore? OpenExistingForWriting(ParseResult parse) => OpenExisting(parse, readOnly: false);

    private IEventStore? OpenExisting(ParseResult parse, bool readOnly)
    {
        var path = StoreLocation.Resolve(parse.GetValue(StoreOption));
        if (StoreLocation.IsServer(path))
        {
            return StoreLocation.Open(path);
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Error.WriteLine($"error: no ledger at {path}. Create one with `budget-ledger init`, or point --store (or "
                + $"${StoreLocation.EnvironmentVariable}) at an existing ledger.");
            return null;
        }

        return StoreLocation.OpenExisting(path, readOnly);
    }
}
