using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// The kept summary of the log as a writer carries it through one write transaction: resumed from the stored row,
/// advanced with every insert, then written back by the store (the stored form is each store's own).
/// </summary>
public sealed class RunningSummary
{
    private readonly Dictionary<string, long> _added = new(StringComparer.Ordinal);
    private readonly LogDigest _digest;
    private readonly ContentDigest _content;

    private RunningSummary(LogDigest digest, ContentDigest content, long lastPosition, byte[]? lastHash,
        long streams)
    {
        _digest = digest;
        _content = content;
        LastPosition = lastPosition;
        LastHash = lastHash;
        Streams = streams;
    }

    public static RunningSummary Empty() => new(new LogDigest(), new ContentDigest(), 0, null, 0);

    /// <exception cref="FormatException">a saved digest state cannot be read</exception>
    public static RunningSummary Resume(long events, byte[] digestState, byte[] contentState, long lastPosition,
        byte[]? lastHash, long streams) =>
        new(LogDigest.Resume(events, digestState), ContentDigest.Resume(contentState), lastPosition, lastHash,
            streams);

    public long Events => _digest.Count;

    /// <summary>0 while the log is empty.</summary>
    public long LastPosition { get; private set; }

    public byte[]? LastHash { get; private set; }

    public long Streams { get; set; }

    /// <summary>Events added in this transaction, by type.</summary>
    public IReadOnlyDictionary<string, long> Added => _added;

    public bool Changed => _added.Count > 0;

    public byte[] DigestState() => _digest.State();

    public byte[] ContentState() => _content.State();

    public void Add(RecordedEvent e)
    {
        _digest.Add(e.Hash);
        _content.Add(e);
        LastPosition = (long)e.Position.Commit;
        LastHash = e.Hash;
        Streams += e.StreamRevision == 0 ? 1 : 0;
        _added[e.Type] = _added.GetValueOrDefault(e.Type) + 1;
    }

    /// <summary>Called once the added counts are written.</summary>
    public void ClearAdded() => _added.Clear();

    /// <summary>Why the log's stored last event is not the one this summary names; null when it is.</summary>
    public string? TailMismatch((long Position, byte[]? Hash) tail) =>
        ToLogSummary(new Dictionary<string, long>(), tail).TailMismatch();

    public LogSummary ToLogSummary(IReadOnlyDictionary<string, long> eventsByType,
        (long Position, byte[]? Hash) tail) =>
        new(_digest.Count, (int)Streams, LastPosition == 0 ? null : GlobalPosition.Of((ulong)LastPosition),
            LastHash, _digest.ToHex(), _content.ToHex(), eventsByType)
        {
            Tail = tail.Position == 0 ? null : (GlobalPosition.Of((ulong)tail.Position), tail.Hash ?? []),
        };
}
