using BudgetLedger.EventStore;
using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Projections.PostgreSql;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;

namespace BudgetLedger.Cli.Composition;

/// <summary>
/// Where the ledger lives: --store, else $BUDGET_LEDGER_STORE, else budget-ledger.db in the current folder.
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "BUDGET_LEDGER_STORE";
    public const string DefaultFileName = "budget-ledger.db";

    /// <summary>
    /// A SQLite file's full path, or a server's connection string as given: EventStoreDB (esdb://host:2113?tls=false)
    /// or PostgreSQL (postgresql://user@host:5432/database, or Host=…;Database=…).
    /// </summary>
    public static string Resolve(string? option)
    {
        var location = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
            : DefaultFileName;
        if (IsServer(location))
        {
            return location;
        }

        if (LooksLikeConnectionString(location))
        {
            throw new UsageException($"--store '{location}' looks like a connection string of a kind the ledger does "
                + "not know: give a ledger file's path, esdb://host:2113?tls=false or postgresql://user@host/database");
        }

        return Path.GetFullPath(location);
    }

    /// <summary>
    /// A URI of another scheme (postgres://…) or key=value pairs (Host=…;Port=…): never taken for a file name.
    /// </summary>
    private static bool LooksLikeConnectionString(string location) =>
        System.Text.RegularExpressions.Regex.IsMatch(location,
            @"^[A-Za-z][A-Za-z0-9+.\-]*://|^\s*[A-Za-z][A-Za-z ]*=[^;]*;");

    public static bool IsServer(string location) => EventStoreDbConnection.IsConnectionString(location)
        || PostgreSqlConnection.IsConnectionString(location);

    /// <summary>Opens for writing (a ledger file is created if nothing is there) or connects to the store.</summary>
    public static IEventStore Open(string location) => Connect(location, () => SqliteEventStore.Open(location));

    /// <summary>
    /// Opens an existing ledger (read-only: nothing is written to the file) or connects to the store.
    /// </summary>
    public static IEventStore OpenExisting(string location, bool readOnly) =>
        Connect(location, () => SqliteEventStore.OpenExisting(location, readOnly));

    private static IEventStore Connect(string location, Func<IEventStore> file)
    {
        try
        {
            return EventStoreDbConnection.IsConnectionString(location) ? EventStoreDbStore.Connect(location)
                : PostgreSqlConnection.IsConnectionString(location) ? PostgreSqlEventStore.Connect(location)
                : file();
        }
        catch (FormatException ex)
        {
            throw new StoreUnavailableException($"--store: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The projections' read models: in the ledger's database for a PostgreSQL ledger (shared by every process and
    /// node that uses it); otherwise a SQLite file (<see cref="ReadModelsPath"/>).
    /// </summary>
    public static ReadModelStore OpenReadModels(string location) =>
        PostgreSqlConnection.IsConnectionString(location)
            ? PostgreSqlReadModels.Open(PostgreSqlConnection.Parse(location))
            : SqliteReadModels.Open(ReadModelsPath(location));

    /// <summary>Removes a ledger's read models (derived data: the log rebuilds them).</summary>
    public static void DeleteReadModels(string location)
    {
        if (PostgreSqlConnection.IsConnectionString(location))
        {
            PostgreSqlReadModels.Drop(PostgreSqlConnection.Parse(location));
            return;
        }

        SqliteReadModels.Delete(ReadModelsPath(location));
    }

    /// <summary>
    /// The read-model file of a ledger that is not in PostgreSQL: beside a SQLite ledger (or, where its folder cannot
    /// be written, a file named after it in the user's local data folder); for an EventStoreDB server, a file named
    /// after it in that folder.
    /// </summary>
    public static string ReadModelsPath(string location)
    {
        if (!IsServer(location))
        {
            return CanWriteIn(Path.GetDirectoryName(location)!)
                ? SqliteReadModels.PathFor(location)
                : Path.Combine(LocalFolder(), $"{Path.GetFileName(location)}-{PathHash(location)}.readmodels");
        }

        var server = EventStoreDbConnection.Parse(location);
        return Path.Combine(LocalFolder(),
            $"{server.Host}-{server.Port}{(server.Ledger is null ? "" : "-" + server.Ledger)}.readmodels");
    }

    private static string LocalFolder() => Directory.CreateDirectory(Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.Create),
        "budget-ledger")).FullName;

    private static string PathHash(string path) =>
        Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)))[..12];

    private static bool CanWriteIn(string folder)
    {
        var probe = Path.Combine(folder, $".budget-ledger-probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
