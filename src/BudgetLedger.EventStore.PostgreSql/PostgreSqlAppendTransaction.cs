using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.TamperEvidence;
using Npgsql;
using NpgsqlTypes;
using static BudgetLedger.EventStore.PostgreSql.PostgreSqlRows;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>
/// One write transaction, as the SQLite store's: the summary row locked (which orders writers and so positions),
/// then for each stream a retry check, the expected-revision check and the rows, copied in binary; the summary
/// written back before the commit. The retry check (one query per stream) runs only on the careful pass.
/// </summary>
internal sealed class PostgreSqlAppendTransaction
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly bool _lookForRetries;
    private readonly RunningSummary _summary;
    private readonly DateTimeOffset _recordedAt =
        DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    private PostgreSqlAppendTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction,
        bool lookForRetries, RunningSummary summary)
    {
        _connection = connection;
        _transaction = transaction;
        _lookForRetries = lookForRetries;
        _summary = summary;
    }

    public static async Task<PostgreSqlAppendTransaction> Begin(NpgsqlConnection connection,
        NpgsqlTransaction transaction, bool lookForRetries, string ledger, CancellationToken cancellationToken)
    {
        var summary = await PostgreSqlSummary.Read(connection, transaction, PostgreSqlSql.LockSummary, ledger,
            cancellationToken);
        var tail = await PostgreSqlSummary.ReadTail(connection, transaction, cancellationToken);
        if (summary.TailMismatch(tail) is { } mismatch)
        {
            throw new LedgerFileException($"{ledger}: {mismatch}; nothing was written: run `budget-ledger verify`");
        }

        return new PostgreSqlAppendTransaction(connection, transaction, lookForRetries, summary);
    }

    public async Task<AppendResult> Append(StreamAppend append, CancellationToken cancellationToken)
    {
        if (_lookForRetries && await FindStored(append, cancellationToken) is { } alreadyStored)
        {
            return alreadyStored;
        }

        var head = await StreamHead(append.Stream, cancellationToken);
        if (!append.ExpectedRevision.IsSatisfiedBy(head?.Revision))
        {
            throw new WrongExpectedRevisionException(append.Stream, append.ExpectedRevision, head?.Revision);
        }

        var revision = head is { } h ? h.Revision + 1 : 0;
        var previousHash = head?.Hash ?? EventHash.Genesis;
        var rows = new List<RecordedEvent>(append.Events.Count);
        foreach (var e in append.Events)
        {
            previousHash = EventHash.Compute(previousHash, append.Stream, revision, e.EventId, e.Type, e.Data,
                e.Metadata, _recordedAt);
            var position = GlobalPosition.Of((ulong)_summary.LastPosition + 1);
            var row = new RecordedEvent(append.Stream, revision++, position, e.EventId, e.Type, e.Data, e.Metadata,
                _recordedAt, previousHash);
            _summary.Add(row);
            rows.Add(row);
        }

        await Copy(rows, cancellationToken);
        return new AppendResult(append.Stream, revision - 1, rows[^1].Position, AlreadyStored: false);
    }

    /// <summary>
    /// The batch's ids already stored: all of them with the same content in this stream is a retry (no-op); any
    /// other overlap is a conflict.
    /// </summary>
    private async Task<AppendResult?> FindStored(StreamAppend append, CancellationToken cancellationToken)
    {
        await using var find = Command(_connection, _transaction, PostgreSqlSql.FindByIds);
        find.Parameters.AddWithValue("ids", append.Events.Select(e => e.EventId).ToArray());
        var stored = new Dictionary<Guid, (string Stream, string Type, byte[] Data, byte[] Metadata, long Revision,
            long Position)>();
        await using (var r = await find.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                stored[r.GetGuid(0)] = (r.GetString(1), r.GetString(2), r.GetFieldValue<byte[]>(3),
                    r.GetFieldValue<byte[]>(4), r.GetInt64(5), r.GetInt64(6));
            }
        }

        if (stored.Count == 0)
        {
            return null;
        }

        foreach (var e in append.Events.Where(e => stored.ContainsKey(e.EventId)))
        {
            var s = stored[e.EventId];
            if (s.Stream != append.Stream)
            {
                throw new EventIdConflictException(e.EventId, append.Stream,
                    $"the id is already stored in stream '{s.Stream}'");
            }

            if (!e.SameContentAs(s.Type, s.Data, s.Metadata))
            {
                throw new EventIdConflictException(e.EventId, append.Stream,
                    "the id is already stored with other content");
            }
        }

        return stored.Count == append.Events.Count && stored[append.Events[^1].EventId] is var last
            ? new AppendResult(append.Stream, (ulong)last.Revision, GlobalPosition.Of((ulong)last.Position),
                AlreadyStored: true)
            : throw new EventIdConflictException(append.Events[0].EventId, append.Stream,
                $"{stored.Count} of the batch's {append.Events.Count} events are already stored, the rest are not");
    }

    private async Task<(ulong Revision, byte[] Hash)?> StreamHead(string stream, CancellationToken cancellationToken)
    {
        await using var command = Command(_connection, _transaction, PostgreSqlSql.StreamHead);
        command.Parameters.AddWithValue("stream", stream);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? ((ulong)r.GetInt64(0), r.GetFieldValue<byte[]>(1)) : null;
    }

    private async Task Copy(List<RecordedEvent> rows, CancellationToken cancellationToken)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(PostgreSqlSql.Copy, cancellationToken);
        foreach (var e in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync((long)e.Position.Commit, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(e.EventId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.Stream, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync((long)e.StreamRevision, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(e.Type, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(e.Data, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(e.Metadata, NpgsqlDbType.Bytea, cancellationToken);
            await copy.WriteAsync(e.RecordedAt.ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(e.Hash, NpgsqlDbType.Bytea, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>Writes the summary back, before the commit, when anything was inserted.</summary>
    public Task Finish(CancellationToken cancellationToken) => _summary.Changed
        ? PostgreSqlSummary.Write(_connection, _transaction, _summary, cancellationToken)
        : Task.CompletedTask;
}
