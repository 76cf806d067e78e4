using BudgetLedger.EventStore;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Cli.Composition;

/// <summary>
/// The ledger a command works on, resolved once from --store (or its default): the log's address (a SQLite file's
/// full path, or a server by its scheme) and where its read models live. Every command opens its store here.
/// </summary>
public sealed class LedgerLocation
{
    private string? _readModelsPath;

    private LedgerLocation(string address) => (Address, IsServer) = (address, StoreLocation.IsServer(address));

    /// <summary>A SQLite file's full path, or a server's connection string as given.</summary>
    public string Address { get; }

    public bool IsServer { get; }

    /// <summary>The address as messages show it: a server's without its password.</summary>
    public string Display => !IsServer ? Address
        : EventStore.EventStoreDb.EventStoreDbConnection.IsConnectionString(Address)
            ? EventStore.EventStoreDb.EventStoreDbConnection.Parse(Address).ToString()
            : PostgreSqlConnection.Parse(Address).ToString();

    /// <summary>The read models' SQLite file; null when they live in the ledger's PostgreSQL database.</summary>
    public string? ReadModelsFile => PostgreSqlConnection.IsConnectionString(Address) ? null
        : _readModelsPath ??= StoreLocation.ReadModelsPath(Address);

    /// <summary>Opens this ledger's read models (see <see cref="StoreLocation.OpenReadModels"/>).</summary>
    public ReadModelStore OpenReadModels() => StoreLocation.OpenReadModels(Address);

    public void DeleteReadModels() => StoreLocation.DeleteReadModels(Address);

    public static LedgerLocation Resolve(string? option) => new(StoreLocation.Resolve(option));

    /// <summary>Opens for writing: a ledger file is created if nothing is there; a server is connected to.</summary>
    public IEventStore Create() => StoreLocation.Open(Address);

    /// <summary>
    /// Opens an existing ledger (read-only: nothing is written to the file; or to append to it); a missing file is an
    /// error written to <paramref name="error"/>, not a new empty ledger.
    /// </summary>
    public IEventStore? OpenExisting(bool readOnly, TextWriter error)
    {
        if (!IsServer && !File.Exists(Address) && !Directory.Exists(Address))
        {
            error.WriteLine($"error: no ledger at {Address}"
                + $". Create one with `budget-ledger init`, or point --store (or "
                + $"${StoreLocation.EnvironmentVariable}) at an existing ledger.");
            return null;
        }

        return StoreLocation.OpenExisting(Address, readOnly);
    }
}
