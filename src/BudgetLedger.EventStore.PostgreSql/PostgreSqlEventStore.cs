using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;
using Npgsql;
using static BudgetLedger.EventStore.PostgreSql.PostgreSqlRows;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>
/// The store port over PostgreSQL: the SQLite ledger's tables in a schema of their own (one per ledger), the same
/// hash chain and kept summary, dense positions assigned under the summary row's lock. Appends from any number of
/// processes and machines are ordered by that lock; reads run side by side on pooled connections.
/// </summary>
public sealed class PostgreSqlEventStore : IEventStore, ILogSummary
{
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _readyGate = new(1, 1);
    private bool _ready;

    private PostgreSqlEventStore(PostgreSqlConnection connection)
    {
        Connection = connection;
        var settings = new NpgsqlConnectionStringBuilder(connection.Settings.ConnectionString)
        {
            SearchPath = connection.Schema,
        };
        _source = NpgsqlDataSource.Create(settings);
    }

    public PostgreSqlConnection Connection { get; }

    public StoreCapabilities Capabilities { get; } = new(MultiStreamAppend: true, DensePositions: true);

    public string Description => Connection.ToString();

    /// <summary>Nothing is sent until the first call; the ledger's schema is made then when it is not there.</summary>
    /// <exception cref="FormatException">not a PostgreSQL address</exception>
    public static PostgreSqlEventStore Connect(string connectionString) =>
        new(PostgreSqlConnection.Parse(connectionString));

    public static PostgreSqlEventStore Connect(PostgreSqlConnection connection) => new(connection);

    /// <summary>Another client of the same ledger.</summary>
    public PostgreSqlEventStore Reconnect() => new(Connection);

    public async Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        (await AppendMultiple([new StreamAppend(stream, expectedRevision, events)], cancellationToken))[0];

    public async Task<IReadOnlyList<AppendResult>> AppendMultiple(IReadOnlyList<StreamAppend> appends,
        CancellationToken cancellationToken = default)
    {
        AppendValidation.Validate(appends);
        return await Guard(async () =>
        {
            try
            {
                return await Write(appends, lookForRetries: false, cancellationToken);
            }
            catch (Exception e) when (e is WrongExpectedRevisionException
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Either a real conflict or a retry of a stored batch: the careful pass tells which.
                return await Write(appends, lookForRetries: true, cancellationToken);
            }
        }, cancellationToken);
    }

    private async Task<IReadOnlyList<AppendResult>> Write(IReadOnlyList<StreamAppend> appends, bool lookForRetries,
        CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await PostgreSqlAppendTransaction.Begin(connection, transaction, lookForRetries, Description,
            cancellationToken);
        var results = new List<AppendResult>(appends.Count);
        foreach (var append in appends)
        {
            results.Add(await batch.Append(append, cancellationToken));
        }

        await batch.Finish(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public Task<string> LedgerId(CancellationToken cancellationToken = default) => Guard(async () =>
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT ledger_id FROM ledger WHERE id = 1;");
        return "postgresql:" + (await command.ExecuteScalarAsync(cancellationToken) as string ?? "unnamed");
    }, cancellationToken);

    public Task<LogSummary?> Summary(CancellationToken cancellationToken = default) => Guard(async () =>
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead,
            cancellationToken);
        var kept = await PostgreSqlSummary.Read(connection, snapshot, PostgreSqlSql.Summary, Description,
            cancellationToken);
        var types = await PostgreSqlSummary.Types(connection, snapshot, cancellationToken);
        var tail = await PostgreSqlSummary.ReadTail(connection, snapshot, cancellationToken);
        return (LogSummary?)kept.ToLogSummary(new SortedDictionary<string, long>(types, StringComparer.Ordinal),
            tail);
    }, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(PostgreSqlSql.StreamForwards, maxCount, c =>
        {
            c.Parameters.AddWithValue("stream", stream);
            c.Parameters.AddWithValue("from", checked((long)fromRevision));
        }, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(PostgreSqlSql.StreamBackwards, maxCount, c =>
        {
            c.Parameters.AddWithValue("stream", stream);
            c.Parameters.AddWithValue("from", fromRevision is { } r ? checked((long)r) : long.MaxValue);
        }, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(PostgreSqlSql.AllForwards, maxCount, c => c.Parameters.AddWithValue("after",
            after is { } p ? checked((long)p.Commit) : 0L), cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default) =>
        Query(PostgreSqlSql.AllBackwards, maxCount, c => c.Parameters.AddWithValue("before",
            before is { } p ? checked((long)p.Commit) : long.MaxValue), cancellationToken);

    private Task<IReadOnlyList<RecordedEvent>> Query(string sql, int maxCount, Action<NpgsqlCommand> bind,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return Guard<IReadOnlyList<RecordedEvent>>(async () =>
        {
            await using var connection = await _source.OpenConnectionAsync(cancellationToken);
            await using var command = Command(connection, null, sql);
            bind(command);
            command.Parameters.AddWithValue("max", maxCount);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var events = new List<RecordedEvent>();
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add(ToRecordedEvent(reader));
            }

            return events;
        }, cancellationToken);
    }

    /// <summary>Every call: the schema made once, then the call, with the server's failures made plain.</summary>
    private Task<T> Guard<T>(Func<Task<T>> call, CancellationToken cancellationToken) =>
        PostgreSqlFailures.Guard(Connection, async () =>
        {
            await Ready(cancellationToken);
            return await call();
        });

    private async Task Ready(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _readyGate.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await using var connection = await _source.OpenConnectionAsync(cancellationToken);
                await PostgreSqlSchema.Migrate(connection, Connection.Schema, cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _readyGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        _readyGate.Dispose();
    }
}
