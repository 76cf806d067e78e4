using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// What a store keeps about the whole log with every append, in the append's own transaction: the values a walk of
/// the log gives (<see cref="VerificationReport"/>), and the log's last event as read with them.
/// </summary>
public sealed record LogSummary(long Events, int Streams, GlobalPosition? LastPosition, byte[]? LastHash,
    string Digest, string ContentDigest, IReadOnlyDictionary<string, long> EventsByType)
{
    /// <summary>The log's own last event, read in one snapshot with the summary; null when the log is empty.</summary>
    public (GlobalPosition Position, byte[] Hash)? Tail { get; init; }

    /// <summary>Why the log's last event is not the one the summary names; null when it is.</summary>
    public string? TailMismatch()
    {
        var kept = LastPosition is { } p && LastHash is { } h ? (p, h) : ((GlobalPosition, byte[])?)null;
        if (kept is null && Tail is null
            || kept is { } k && Tail is { } t && k.Item1 == t.Position && k.Item2.AsSpan().SequenceEqual(t.Hash))
        {
            return null;
        }

        return $"the log's last event is {Describe(Tail)} but the kept summary names {Describe(kept)}: events were "
            + "removed or added behind the ledger's back";
    }

    /// <summary>Where the walked log and this summary disagree, one line each; empty when they agree.</summary>
    public IReadOnlyList<string> DifferencesFrom(VerificationReport walked)
    {
        const string Edited = ": the summary or the log was edited";
        var differences = new List<string>();
        if (Events != walked.EventsChecked)
        {
            differences.Add($"the kept count of {Events:N0} events differs from the {walked.EventsChecked:N0} walked"
                + Edited);
        }

        if (LastPosition != walked.LastPosition)
        {
            differences.Add($"the kept last position {Show(LastPosition)} differs from the walked last position "
                + $"{Show(walked.LastPosition)}{Edited}");
        }

        if (Digest != walked.Digest)
        {
            differences.Add($"the kept digest {Digest} differs from the walked digest {walked.Digest}{Edited}");
        }

        if (ContentDigest != walked.ContentDigest)
        {
            differences.Add($"the kept content digest {ContentDigest} differs from the walked content digest "
                + $"{walked.ContentDigest}{Edited}");
        }

        if (Streams != walked.Streams)
        {
            differences.Add($"the kept count of {Streams:N0} streams differs from the {walked.Streams:N0} walked"
                + Edited);
        }

        var types = EventsByType.Keys.Union(walked.EventsByType.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        if (types.FirstOrDefault(t => EventsByType.GetValueOrDefault(t) != walked.EventsByType.GetValueOrDefault(t))
            is { } type)
        {
            differences.Add($"the kept count of {type} events, {EventsByType.GetValueOrDefault(type):N0}, differs "
                + $"from the {walked.EventsByType.GetValueOrDefault(type):N0} walked{Edited}");
        }

        return differences;
    }

    private static string Show(GlobalPosition? position) => position?.ToString() ?? "(empty)";

    private static string Describe((GlobalPosition Position, byte[] Hash)? e) =>
        e is { } at ? $"position {at.Position} (hash {Convert.ToHexStringLower(at.Hash.AsSpan(0, Math.Min(8,
            at.Hash.Length)))}…)" : "none (empty log)";
}
