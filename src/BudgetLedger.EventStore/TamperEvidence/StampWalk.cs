using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// A walk of the log that stamps it (<see cref="LogStamp"/>) and can go on: stamping a later position reads only the
/// events after the last one stamped, the digests resuming where they stopped.
/// </summary>
public sealed class StampWalk
{
    private const int PageSize = 4096;
    private readonly LogDigest _digest = new();
    private readonly ContentDigest _content = new();
    private RecordedEvent? _last;

    /// <summary>The last event walked: its position is where the next call goes on from.</summary>
    public RecordedEvent? Last => _last;

    public ulong Position => _last?.Position.Commit ?? 0;

    /// <summary>The log up to <paramref name="upTo"/> (inclusive), or to its end when it ends before.</summary>
    /// <exception cref="ArgumentOutOfRangeException">the walk is already past <paramref name="upTo"/></exception>
    public async Task<LogStamp> To(IEventReader log, ulong upTo, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(upTo, Position);
        while (Position < upTo)
        {
            var page = await log.ReadAllForwards(_last?.Position, PageSize, cancellationToken);
            var taken = 0;
            foreach (var e in page.TakeWhile(e => e.Position.Commit <= upTo))
            {
                _digest.Add(e.Hash);
                _content.Add(e);
                (_last, taken) = (e, taken + 1);
            }

            if (taken < PageSize)
            {
                break;
            }
        }

        return new LogStamp(_last?.Position, _digest.ToHex(), _content.ToHex());
    }
}
