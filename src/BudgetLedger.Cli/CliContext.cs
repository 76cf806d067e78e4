using System.CommandLine;
using BudgetLedger.Cli.Composition;
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
        Description = $"The ledger: a SQLite file, an EventStoreDB server (esdb://host:2113?tls=false) or a "
            + $"PostgreSQL server (postgresql://user@host/database). Default: "
            + $"${StoreLocation.EnvironmentVariable}, else ./{StoreLocation.DefaultFileName}.",
        Recursive = true,
    };

    /// <summary>The ledger this invocation works on, resolved once from --store.</summary>
    public LedgerLocation Ledger(ParseResult parse) => _ledger ??= LedgerLocation.Resolve(parse.GetValue(StoreOption));

    /// <summary>Opens an existing ledger read-only; a missing file is an error, not a new empty ledger.</summary>
    public IEventStore? OpenExisting(ParseResult parse) => Ledger(parse).OpenExisting(readOnly: true, Error);

    /// <summary>
    /// Opens an existing ledger to append to it; a missing file is an error (only init and import create one).
    /// </summary>
    public IEventStore? OpenExistingForWriting(ParseResult parse) => Ledger(parse).OpenExisting(readOnly: false, Error);

    private LedgerLocation? _ledger;
}
