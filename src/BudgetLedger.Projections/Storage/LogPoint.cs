namespace BudgetLedger.Projections.Storage;

/// <summary>
/// A point in one ledger's log: the event at <paramref name="Position"/> is revision <paramref name="Revision"/> of
/// <paramref name="Stream"/> with this hash.
/// </summary>
public sealed record LogPoint(string LedgerId, ulong Position, string? Stream, ulong Revision, byte[] Hash)
{
    public bool Equals(LogPoint? other) =>
        other is not null
            && (LedgerId, Position, Stream, Revision) == (other.LedgerId, other.Position, other.Stream, other.Revision)
        && Hash.AsSpan().SequenceEqual(other.Hash);

    public override int GetHashCode() => HashCode.Combine(LedgerId, Position, Stream, Revision);
}
