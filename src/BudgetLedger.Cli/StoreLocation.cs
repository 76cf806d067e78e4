using BudgetLedger.EventStore;
using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Cli;

/// <summary>Where the ledger lives: --store, else $BUDGET_LEDGER_STORE, else budget-ledger.db in the current folder.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "BUDGET_LEDGER_STORE";
    public const string DefaultFileName = "budget-ledger.db";

    /// <summary>A SQLite file's full path, or an EventStoreDB connection string (esdb://host:2113?tls=false) as given.</summary>
    public static string Resolve(string? option)
    {
        var location = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultFileName;
        return IsServer(location) ? location : Path.GetFullPath(location);
    }

    public static bool IsServer(string location) => EventStoreDbConnection.IsConnectionString(location);

    /// <summary>Opens (a SQLite file is created if missing) or connects to the store.</summary>
    public static IEventStore Open(string location)
    {
        try
        {
            return IsServer(location) ? EventStoreDbStore.Connect(location) : SqliteEventStore.Open(location);
        }
        catch (FormatException ex)
        {
            throw new StoreUnavailableException($"--store: {ex.Message}", ex);
        }
    }

    /// <summary>The projections' read models: beside a SQLite ledger; for a server, a file named after it in the user's local data folder.</summary>
    public static string ReadModelsPath(string location)
    {
        if (!IsServer(location))
        {
            return ReadModelStore.PathFor(location);
        }

        var server = EventStoreDbConnection.Parse(location);
        var folder = Directory.CreateDirectory(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "budget-ledger")).FullName;
        return Path.Combine(folder, $"{server.Host}-{server.Port}{(server.Ledger is null ? "" : "-" + server.Ledger)}.readmodels");
    }
}
