using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// The running state of a walk of the log in global order, checking every link as it goes; it can go on from where
/// it stopped, to take in events appended meanwhile.
/// </summary>
internal sealed class LogWalk(bool densePositions, IProgress<long>? progress)
{
    private readonly Dictionary<string, (ulong Revision, byte[] Hash)> _lastHashByStream = new(StringComparer.Ordinal);
    private readonly LogDigest _digest = new();
    private readonly ContentDigest _content = new();
    private readonly SortedDictionary<string, long> _byType = new(StringComparer.Ordinal);
    private VerificationFailure? _failure;

    public GlobalPosition? Last { get; private set; }

    public long Count => _digest.Count;

    /// <summary>A row could not be read: nothing after it can be walked.</summary>
    public bool Stopped { get; private set; }

    public async Task Read(IAsyncEnumerable<RecordedEvent> events)
    {
        try
        {
            await foreach (var e in events)
            {
                _failure ??= CheckPosition(e) ?? CheckLink(e);
                _lastHashByStream[e.Stream] = (e.StreamRevision, e.Hash);
                _byType[e.Type] = _byType.GetValueOrDefault(e.Type) + 1;
                _digest.Add(e.Hash);
                _content.Add(e);
                Last = e.Position;
                if (_digest.Count % 100_000 == 0)
                {
                    progress?.Report(_digest.Count);
                }
            }
        }
        catch (CorruptStoredEventException corrupt)
        {
            Stopped = true;
            _failure ??= new VerificationFailure(corrupt.Position, null, null, null,
                $"the stored event cannot be read ({corrupt.Reason}): the file was damaged or edited");
        }
    }

    public VerificationReport Report(string? expectedDigest)
    {
        var hex = _digest.ToHex();
        var failure = _failure;
        if (failure is null && expectedDigest is not null
            && !string.Equals(hex, expectedDigest.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            failure = new VerificationFailure(null, null, null, null, $"the log's digest {hex} differs from the "
                + $"expected {expectedDigest.Trim()}: events were rewritten or removed since that digest was taken");
        }

        return new VerificationReport(_digest.Count, _lastHashByStream.Count, Last, hex, _byType, failure)
        {
            ContentDigest = _content.ToHex(),
        };
    }

    private VerificationFailure? CheckPosition(RecordedEvent e)
    {
        if (Last is { } previous && e.Position <= previous)
        {
            return Fail(e, $"position does not increase (follows {previous})");
        }

        var expected = Last is { } p ? p.Commit + 1 : 1;
        return densePositions && e.Position.Commit != expected
            ? Fail(e, $"positions {expected}..{e.Position.Commit - 1} are missing: events vanished from the log")
            : null;
    }

    private VerificationFailure? CheckLink(RecordedEvent e)
    {
        var hasPrevious = _lastHashByStream.TryGetValue(e.Stream, out var previous);
        var expectedRevision = hasPrevious ? previous.Revision + 1 : 0;
        if (e.StreamRevision != expectedRevision)
        {
            return Fail(e, $"stream revision {e.StreamRevision} where {expectedRevision} was due: events vanished "
                + "from the stream or were moved");
        }

        var computed = EventHash.Compute(hasPrevious ? previous.Hash : EventHash.Genesis, e.Stream, e.StreamRevision,
            e.EventId, e.Type, e.Data, e.Metadata, e.RecordedAt);
        return computed.AsSpan().SequenceEqual(e.Hash)
            ? null
            : Fail(e, "hash does not match the event's content and its predecessor's hash: the event was altered");
    }

    private static VerificationFailure Fail(RecordedEvent e, string rule) =>
        new(e.Position, e.Stream, e.StreamRevision, e.EventId, rule);
}
