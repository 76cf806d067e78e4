namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// SHA-256 over every event's hash in global order: one value that pins the whole log, tail included.
/// </summary>
public sealed class LogDigest
{
    private readonly ResumableSha256 _hash;

    public LogDigest()
        : this(new ResumableSha256(), 0)
    {
    }

    private LogDigest(ResumableSha256 hash, long count)
    {
        _hash = hash;
        Count = count;
    }

    /// <summary>Goes on from a digest of <paramref name="count"/> events, saved with <see cref="State"/>.</summary>
    /// <exception cref="FormatException">the state is not a saved one</exception>
    public static LogDigest Resume(long count, ReadOnlySpan<byte> state) =>
        new(ResumableSha256.FromState(state), count);

    public long Count { get; private set; }

    public void Add(ReadOnlySpan<byte> eventHash)
    {
        _hash.Append(eventHash);
        Count++;
    }

    public byte[] State() => _hash.SaveState();

    /// <summary>Lower-case hex, as printed by <c>status</c> and accepted by <c>verify --digest</c>.</summary>
    public string ToHex() => Convert.ToHexStringLower(_hash.CurrentHash());
}
