using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.Projections.Storage.Sqlite;

/// <summary>
/// The read models in a SQLite file of their own (beside a ledger file, or for a scratch "as of" run).
/// </summary>
public sealed class SqliteReadModels : ReadModelStore
{
    private SqliteReadModels(string path, SqliteConnection connection) : base(connection)
    {
        Path = path;
        connection.Open();
        // NORMAL in WAL mode keeps every commit atomic; a power cut may lose the last commits, which the
        // checkpoint then replays from the log. The read models are derived data, so that is exact and cheaper.
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        if (UserVersion() != SchemaVersion)
        {
            // Read models are derived: a file of another shape is dropped and rebuilt from the log.
            RecreateIfOutdated();
        }
    }

    public string Path { get; }

    public override string Where => Path;

    public static SqliteReadModels Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return new SqliteReadModels(full, new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full,
            Pooling = false }.ToString()));
    }

    /// <summary>Where the read models of a ledger file live by default: beside it.</summary>
    public static string PathFor(string ledgerPath) => ledgerPath + ".readmodels";

    /// <summary>
    /// Removes a read-model file with its WAL and shared-memory files (they are derived: the log rebuilds them).
    /// </summary>
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// BEGIN IMMEDIATE: the file's write lock from the start, so what the transaction reads stays true.
    /// </summary>
    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    /// <summary>Deferred: the first read takes the snapshot (WAL), and no lock is held against writers.</summary>
    protected override DbTransaction BeginSnapshot() => ((SqliteConnection)Connection).BeginTransaction(deferred: true);

    protected override void Rebuild(DbTransaction transaction)
    {
        Execute("DROP TABLE IF EXISTS units; DROP TABLE IF EXISTS unit_years; DROP TABLE IF EXISTS checkpoint; "
            + "DROP TABLE IF EXISTS faults; DROP TABLE IF EXISTS trace_facts; DROP TABLE IF EXISTS directory_facts; "
            + "DROP TABLE IF EXISTS published_tables;",
            transaction);
        Execute(Schema(), transaction);
        Execute($"PRAGMA user_version = {SchemaVersion};", transaction);
    }

    /// <summary>
    /// Recreates a file of another shape, unless another process brought it to this shape meanwhile (under the write
    /// lock).
    /// </summary>
    private void RecreateIfOutdated()
    {
        using var transaction = BeginWrite();
        if (UserVersion(transaction) == SchemaVersion)
        {
            return;
        }

        Rebuild(transaction);
        transaction.Commit();
    }

    private int UserVersion(DbTransaction? transaction = null)
    {
        using var version = Command("PRAGMA user_version;", transaction);
        return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Schema() =>
        Script(typeof(SqliteReadModels), "BudgetLedger.Projections.Storage.Sqlite.001_read_models.sql");
}
