using System.Data.Common;
using System.Globalization;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.Projections.Storage;
using Npgsql;

namespace BudgetLedger.Projections.PostgreSql;

/// <summary>
/// The read models in the ledger's PostgreSQL database, in a schema beside the ledger's
/// (<c>&lt;ledger schema&gt;_read_models</c>), so every node of a cluster reads and commits the same ones.
/// A write holds the schema's advisory lock from its first statement, so writers take turns.
/// </summary>
public sealed class PostgreSqlReadModels : ReadModelStore
{
    private readonly PostgreSqlConnection _server;

    private PostgreSqlReadModels(PostgreSqlConnection server, NpgsqlConnection connection) : base(connection) =>
        _server = server;

    public override string Where => $"{_server} ({SchemaOf(_server)})";

    public static string SchemaOf(PostgreSqlConnection server) => server.Schema + PostgreSqlConnection.ReadModelsSuffix;

    /// <summary>Connects and makes the schema when it is not there (or drops one of another shape).</summary>
    /// <exception cref="EventStore.StoreUnavailableException">the server is away or refused</exception>
    public static PostgreSqlReadModels Open(PostgreSqlConnection server) => PostgreSqlFailures.Guard(server, () =>
    {
        var settings = new NpgsqlConnectionStringBuilder(server.Settings.ConnectionString)
            { SearchPath = SchemaOf(server) };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        var models = new PostgreSqlReadModels(server, connection);
        try
        {
            connection.Open();
            models.Migrate();
            return models;
        }
        catch
        {
            models.Dispose();
            throw;
        }
    });

    /// <summary>Drops the read models (derived: the log rebuilds them); nothing when they are not there.</summary>
    public static void Drop(PostgreSqlConnection server) => PostgreSqlFailures.Guard(server, () =>
    {
        using var connection = new NpgsqlConnection(server.Settings.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{SchemaOf(server)}\" CASCADE;", connection);
        return drop.ExecuteNonQuery();
    });

    protected override DbTransaction BeginWrite()
    {
        Reopened();
        var transaction = Connection.BeginTransaction();
        using var locked = Command($"SELECT pg_advisory_xact_lock(hashtext('{SchemaOf(_server)}'));", transaction);
        locked.ExecuteNonQuery();
        return transaction;
    }

    protected override void Rebuild(DbTransaction transaction)
    {
        Execute("DROP TABLE IF EXISTS units, unit_years, checkpoint, faults, trace_facts, directory_facts, "
            + "published_tables; DELETE FROM schema_version;", transaction);
        Execute(Schema(), transaction);
        Execute($"INSERT INTO schema_version VALUES ({SchemaVersion});", transaction);
    }

    /// <summary>Under the schema's lock, so racing first connections make it once.</summary>
    private void Migrate()
    {
        using var transaction = Connection.BeginTransaction();
        var schema = SchemaOf(_server);
        Execute($"SELECT pg_advisory_xact_lock(hashtext('{schema}')); CREATE SCHEMA IF NOT EXISTS \"{schema}\"; "
            + $"SET search_path TO \"{schema}\"; "
            + "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);", transaction);
        using (var read = Command("SELECT coalesce(max(version), 0) FROM schema_version;", transaction))
        {
            if (Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture) == SchemaVersion)
            {
                return;
            }
        }

        Rebuild(transaction);
        transaction.Commit();
    }

    private static string Schema() =>
        Script(typeof(PostgreSqlReadModels), "BudgetLedger.Projections.PostgreSql.Schema.001_read_models.sql");
}
