using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with synchronous = FULL, so an append is durable
/// when it returns. Appends in this process share one connection; other processes wait on SQLite's
/// write lock (BEGIN IMMEDIATE), which also orders positions by commit.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IStorageCheck, ILogSummary
{
    private const int SqliteConstraintViolation = 19;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteConnection? _writer;

    private SqliteEventStore(string path, bool readOnly)
    {
        Path = path;
        ReadOnly = readOnly;
        _connectionString = ConnectionString(Path, readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite);
        if (readOnly)
        {
            _connectionString = SqliteFailures.Guard(Path, ReadableConnection);
        }
        else
        {
            _writer = SqliteFailures.Guard(Path, () =>
            {
                var writer = OpenConnection();
                RefuseDamaged(writer);
                SqliteSchema.Migrate(writer);
                return writer;
            });
        }
    }

    public string Path { get; }

    private static string ConnectionString(string dataSource, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = dataSource,
        Mode = mode,
        Pooling = true,
        DefaultTimeout = 60,
    }.ToString();

    /// <summary>
    /// A WAL ledger is read through SQLite's shared-memory file beside it. Where that cannot be made (a read-only
    /// copy) and no write-ahead log is pending, the file is read as immutable; a pending log there is an error.
    /// </summary>
    private string ReadableConnection()
    {
        try
        {
            using var probe = OpenConnection();
            using var read = probe.CreateCommand();
            read.CommandText = "SELECT count(*) FROM sqlite_master;";
            read.ExecuteScalar();
            return _connectionString;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 14 or 8)
        {
            var wal = new FileInfo(Path + "-wal");
            if (wal.Exists && wal.Length > 0)
            {
                throw new LedgerFileException($"{Path} cannot be read here: its write-ahead log {wal.Name} holds "
                    + "changes and this folder is read-only; open it once where it can be written, or copy it after "
                    + "the writers closed it", e);
            }

            return ConnectionString($"{new Uri(Path).AbsoluteUri}?immutable=1", SqliteOpenMode.ReadOnly);
        }
    }

    /// <summary>Opened for reading only: nothing, not even a schema upgrade, is written to the file.</summary>
    public bool ReadOnly { get; }

    public StoreCapabilities Capabilities { get; } = new(MultiStreamAppend: true, DensePositions: true);

    public string Description => $"sqlite:{Path}";

    /// <summary>
    /// Opens the ledger file at <paramref name="path"/> for writing, creating it when nothing is there; any other file
    /// is refused.
    /// </summary>
    public static SqliteEventStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!LedgerFiles.IsLedger(full))
        {
            LedgerFiles.Create(full);
        }

        return new SqliteEventStore(full, readOnly: false);
    }

    /// <summary>
    /// Opens an existing ledger file; a missing or non-ledger file is a <see cref="LedgerFileException"/>.
    /// </summary>
    public static SqliteEventStore OpenExisting(string path, bool readOnly)
    {
        var full = System.IO.Path.GetFullPath(path);
        return LedgerFiles.IsLedger(full)
            ? new SqliteEventStore(full, readOnly)
            : throw new LedgerFileException($"no ledger at {full}");
    }

    /// <summary>Nothing is appended to a file with damaged pages: SQLite's quick check runs before any write.</summary>
    private void RefuseDamaged(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        if (command.ExecuteScalar() is string result && result != "ok")
        {
            throw new LedgerFileException($"{Path} is damaged (SQLite quick check: {result}): nothing was written; "
                + "run `budget-ledger verify`, or restore it from a copy");
        }
    }

    /// <summary>
    /// The write-ahead log read as SQLite's recovery reads it (before SQLite opens it here), then SQLite's own
    /// integrity check of every page and index.
    /// </summary>
    public Task<IReadOnlyList<string>> CheckStorage(CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (WriteAheadLogScan.Damage(Path + "-wal") is { } wal)
        {
            problems.Add(wal);
        }

        try
        {
            using var connection = OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check(20);";
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }

            problems.AddRange(lines is ["ok"] ? [] : lines.Select(l => $"SQLite integrity check: {l}"));
        }
        catch (SqliteException e)
        {
            problems.Add($"SQLite integrity check could not finish: {e.Message}");
        }

        return Task.FromResult<IReadOnlyList<string>>(problems);
    }

    /// <summary>
    /// The id the file was given when it was made (<c>ledger</c> table); an older ledger opened read-only has none yet.
    /// </summary>
    public Task<string> LedgerId(CancellationToken cancellationToken = default)
        => Task.FromResult(SqliteFailures.Guard(Path, () =>
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'ledger';";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return "sqlite:unnamed";
        }

        command.CommandText = "SELECT ledger_id FROM ledger WHERE id = 1;";
        return "sqlite:" + (command.ExecuteScalar() as string ?? "unnamed");
    }));

    /// <summary>Null for a ledger made before the summary was kept, opened read-only since.</summary>
    public Task<LogSummary?> Summary(CancellationToken cancellationToken = default)
        => Task.FromResult(SqliteFailures.Guard(Path, () =>
    {
        using var connection = OpenConnection();
        using var snapshot = connection.BeginTransaction(deferred: true);
        return SqliteLogSummaryReader.Read(connection, snapshot);
    }));

    public async Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        (await AppendMultiple([new StreamAppend(stream, expectedRevision, events)], cancellationToken))[0];

    public async Task<IReadOnlyList<AppendResult>> AppendMultiple(IReadOnlyList<StreamAppend> appends,
        CancellationToken cancellationToken = default)
    {
        AppendValidation.Validate(appends);
        if (_writer is null)
        {
            throw new LedgerFileException($"{Path} was opened read-only: nothing can be appended");
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return SqliteFailures.Guard(Path, () => Write(appends, lookForRetries: false));
            }
            catch (Exception e) when (e is WrongExpectedRevisionException
                or SqliteException { SqliteErrorCode: SqliteConstraintViolation })
            {
                // Either a real conflict or a retry of a stored batch: the careful pass tells which.
                return SqliteFailures.Guard(Path, () => Write(appends, lookForRetries: true));
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private List<AppendResult> Write(IReadOnlyList<StreamAppend> appends, bool lookForRetries)
    {
        using var transaction = _writer!.BeginTransaction(deferred: false);
        using var batch = new SqliteAppendTransaction(_writer, transaction, lookForRetries);
        var results = appends.Select(batch.Append).ToList();
        batch.Finish();
        transaction.Commit();
        return results;
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(SqliteSql.StreamForwards, maxCount, c => { c.Parameters.AddWithValue("$stream",
            stream); c.Parameters.AddWithValue("$from", checked((long)fromRevision)); });

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(SqliteSql.StreamBackwards, maxCount, c => { c.Parameters.AddWithValue("$stream",
            stream); c.Parameters.AddWithValue("$from", fromRevision is { } r ? checked((long)r) : long.MaxValue); });

    public Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(SqliteSql.AllForwards, maxCount, c => c.Parameters.AddWithValue("$after", after is { } p
            ? checked((long)p.Commit) : 0L));

    public Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(SqliteSql.AllBackwards, maxCount, c => c.Parameters.AddWithValue("$before", before is { } p
            ? checked((long)p.Commit) : long.MaxValue));

    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        _writeGate.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    private Task<IReadOnlyList<RecordedEvent>> Query(string sql, int maxCount, Action<SqliteCommand> bind)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return Task.FromResult(SqliteFailures.Guard(Path, () => Rows(sql, maxCount, bind)));
    }

    private IReadOnlyList<RecordedEvent> Rows(string sql, int maxCount, Action<SqliteCommand> bind)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        command.Parameters.AddWithValue("$max", maxCount);
        using var reader = command.ExecuteReader();
        var events = new List<RecordedEvent>();
        while (reader.Read())
        {
            events.Add(SqliteRows.ToRecordedEvent(reader));
        }

        return events;
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = SqliteSql.ConnectionPragmas;
        pragmas.ExecuteNonQuery();
        return connection;
    }
}
