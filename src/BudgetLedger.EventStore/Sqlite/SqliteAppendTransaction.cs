using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.TamperEvidence;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// One write transaction: for each stream, a retry check, the expected-revision check, then the inserts
/// with chained hashes and the next global positions. Any exception leaves the caller to roll back.
/// The retry check costs an index probe per event, so the store first writes without it and relies on
/// the unique event id (or a revision mismatch) to send a retried batch through a second, careful pass.
/// The kept summary of the log goes on with every insert and is written back by <see cref="Finish"/>.
/// </summary>
internal sealed class SqliteAppendTransaction : IDisposable
{
    private readonly SqliteCommand _findById;
    private readonly SqliteCommand _streamHead;
    private readonly SqliteCommand _insert;
    private readonly DateTimeOffset _recordedAt;
    private readonly bool _lookForRetries;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteLogSummary _summary;
    private long _lastPosition;

    public SqliteAppendTransaction(SqliteConnection connection, SqliteTransaction transaction, bool lookForRetries)
    {
        _lookForRetries = lookForRetries;
        _findById = Command(connection, transaction, SqliteSql.FindById, "$id");
        _streamHead = Command(connection, transaction, SqliteSql.StreamHead, "$stream");
        _insert = Command(connection, transaction, SqliteSql.Insert, "$position", "$id", "$stream", "$revision",
            "$type", "$data", "$metadata", "$recorded_at", "$hash");
        _connection = connection;
        _transaction = transaction;
        _summary = SqliteLogSummary.Read(connection, transaction);
        var tail = SqliteLogSummary.ReadTail(connection, transaction);
        _summary.CheckTail(connection, tail);
        _lastPosition = tail.Position;
        _recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }

    public AppendResult Append(StreamAppend append)
    {
        if (_lookForRetries && FindStored(append) is { } alreadyStored)
        {
            return alreadyStored;
        }

        var head = StreamHead(append.Stream);
        if (!append.ExpectedRevision.IsSatisfiedBy(head?.Revision))
        {
            throw new WrongExpectedRevisionException(append.Stream, append.ExpectedRevision, head?.Revision);
        }

        var revision = head is { } h ? h.Revision + 1 : 0;
        var previousHash = head?.Hash ?? EventHash.Genesis;
        foreach (var e in append.Events)
        {
            previousHash = Insert(append.Stream, revision, e, previousHash);
            revision++;
        }

        return new AppendResult(append.Stream, revision - 1, GlobalPosition.Of((ulong)_lastPosition),
            AlreadyStored: false);
    }

    /// <summary>
    /// The batch's ids already stored: all of them with the same content in this stream is a retry (no-op);
    /// any other overlap is a conflict.
    /// </summary>
    private AppendResult? FindStored(StreamAppend append)
    {
        var found = 0;
        (ulong Revision, long Position) lastFound = default;
        foreach (var e in append.Events)
        {
            _findById.Parameters["$id"].Value = e.EventId.ToByteArray(bigEndian: true);
            using var r = _findById.ExecuteReader();
            if (!r.Read())
            {
                continue;
            }

            var stream = r.GetString(0);
            if (stream != append.Stream)
            {
                throw new EventIdConflictException(e.EventId, append.Stream,
                    $"the id is already stored in stream '{stream}'");
            }

            if (!e.SameContentAs(r.GetString(1), r.GetFieldValue<byte[]>(2), r.GetFieldValue<byte[]>(3)))
            {
                throw new EventIdConflictException(e.EventId, append.Stream,
                    "the id is already stored with other content");
            }

            found++;
            lastFound = ((ulong)r.GetInt64(4), r.GetInt64(5));
        }

        if (found == 0)
        {
            return null;
        }

        return found == append.Events.Count
            ? new AppendResult(append.Stream, lastFound.Revision, GlobalPosition.Of((ulong)lastFound.Position),
                AlreadyStored: true)
            : throw new EventIdConflictException(append.Events[0].EventId, append.Stream,
                $"{found} of the batch's {append.Events.Count} events are already stored, the rest are not");
    }

    private (ulong Revision, byte[] Hash)? StreamHead(string stream)
    {
        _streamHead.Parameters["$stream"].Value = stream;
        using var r = _streamHead.ExecuteReader();
        return r.Read() ? ((ulong)r.GetInt64(0), r.GetFieldValue<byte[]>(1)) : null;
    }

    private byte[] Insert(string stream, ulong revision, EventData e, byte[] previousHash)
    {
        var hash = EventHash.Compute(previousHash, stream, revision, e.EventId, e.Type, e.Data, e.Metadata,
            _recordedAt);
        var p = _insert.Parameters;
        p["$position"].Value = ++_lastPosition;
        p["$id"].Value = e.EventId.ToByteArray(bigEndian: true);
        p["$stream"].Value = stream;
        p["$revision"].Value = checked((long)revision);
        p["$type"].Value = e.Type;
        p["$data"].Value = e.Data;
        p["$metadata"].Value = e.Metadata;
        p["$recorded_at"].Value = _recordedAt.ToUnixTimeMilliseconds();
        p["$hash"].Value = hash;
        _insert.ExecuteNonQuery();
        _summary.Add(new RecordedEvent(stream, revision, GlobalPosition.Of((ulong)_lastPosition), e.EventId, e.Type,
            e.Data, e.Metadata, _recordedAt, hash));
        return hash;
    }

    /// <summary>Writes the summary back, before the commit, when anything was inserted.</summary>
    public void Finish()
    {
        if (_summary.Changed)
        {
            _summary.Write(_connection, _transaction);
        }
    }

    public void Dispose()
    {
        _findById.Dispose();
        _streamHead.Dispose();
        _insert.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql,
        params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
