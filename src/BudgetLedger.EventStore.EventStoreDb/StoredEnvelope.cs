using System.Buffers.Binary;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>
/// What the ledger keeps in an event's custom metadata on EventStoreDB: the time it stamped at append
/// (the hash covers it, and the server's own timestamp is assigned after the hash is computed), the
/// per-stream hash, and the ledger's metadata bytes. Layout: 8-byte milliseconds since the Unix epoch,
/// 32-byte hash, then the metadata.
/// </summary>
internal static class StoredEnvelope
{
    private const int Header = 8 + TamperEvidence.EventHash.Length;

    public static byte[] Pack(DateTimeOffset recordedAt, ReadOnlySpan<byte> hash, ReadOnlySpan<byte> metadata)
    {
        var bytes = new byte[Header + metadata.Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, recordedAt.ToUnixTimeMilliseconds());
        hash.CopyTo(bytes.AsSpan(8));
        metadata.CopyTo(bytes.AsSpan(Header));
        return bytes;
    }

    public static (DateTimeOffset RecordedAt, byte[] Hash, byte[] Metadata) Unpack(ReadOnlySpan<byte> bytes,
        Positions.GlobalPosition position, string stream) =>
        bytes.Length < Header
            ? throw new Reading.CorruptStoredEventException(position,
                $"event of stream '{stream}' has no ledger envelope in its custom metadata: "
                + $"it was not written by the ledger")
            : (DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(bytes)),
                bytes.Slice(8, TamperEvidence.EventHash.Length).ToArray(), bytes[Header..].ToArray());
}
