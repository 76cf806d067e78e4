using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with synchronous = FULL, so an append is durable
/// when it returns. Appends in this process share one connection; other processes wait on SQLite's
/// write lock (BEGIN IMMEDIATE), which also orders positions by commit.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private const int SqliteConstraintViolation = 19;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteConnection _writer;

    private SqliteEventStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        _writer = OpenConnection();
        SqliteSchema.Migrate(_writer);
    }

    public string Path { get; }

    public StoreCapabilities Capabilities { get; } = new(MultiStreamAppend: true, DensePositions: true);

    public string Description => $"sqlite:{Path}";

    /// <summary>Opens (creating when absent) the ledger file at <paramref name="path"/>.</summary>
    public static SqliteEventStore Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"cannot create the ledger '{path}': folder '{directory}' does not exist");
        }

        return new SqliteEventStore(path);
    }

    public async Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        (await AppendMultiple([new StreamAppend(stream, expectedRevision, events)], cancellationToken))[0];

    public async Task<IReadOnlyList<AppendResult>> AppendMultiple(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default)
    {
        AppendValidation.Validate(appends);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return Write(appends, lookForRetries: false);
            }
            catch (Exception e) when (e is WrongExpectedRevisionException or SqliteException { SqliteErrorCode: SqliteConstraintViolation })
            {
                // Either a real conflict or a retry of a stored batch: the careful pass tells which.
                return Write(appends, lookForRetries: true);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private List<AppendResult> Write(IReadOnlyList<StreamAppend> appends, bool lookForRetries)
    {
        using var transaction = _writer.BeginTransaction(deferred: false);
        using var batch = new SqliteAppendTransaction(_writer, transaction, lookForRetries);
        var results = appends.Select(batch.Append).ToList();
        transaction.Commit();
        return results;
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount, CancellationToken cancellationToken = default) =>
        Query(SqliteSql.StreamForwards, maxCount, c => { c.Parameters.AddWithValue("$stream", stream); c.Parameters.AddWithValue("$from", checked((long)fromRevision)); });

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount, CancellationToken cancellationToken = default) =>
        Query(SqliteSql.StreamBackwards, maxCount, c => { c.Parameters.AddWithValue("$stream", stream); c.Parameters.AddWithValue("$from", fromRevision is { } r ? checked((long)r) : long.MaxValue); });

    public Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount, CancellationToken cancellationToken = default) =>
        Query(SqliteSql.AllForwards, maxCount, c => c.Parameters.AddWithValue("$after", after is { } p ? checked((long)p.Commit) : 0L));

    public Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount, CancellationToken cancellationToken = default) =>
        Query(SqliteSql.AllBackwards, maxCount, c => c.Parameters.AddWithValue("$before", before is { } p ? checked((long)p.Commit) : long.MaxValue));

    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        await _writer.DisposeAsync();
        _writeGate.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    private Task<IReadOnlyList<RecordedEvent>> Query(string sql, int maxCount, Action<SqliteCommand> bind)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
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

        return Task.FromResult<IReadOnlyList<RecordedEvent>>(events);
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
