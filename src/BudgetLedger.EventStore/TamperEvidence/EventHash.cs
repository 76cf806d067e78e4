using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// hash(n) = SHA-256(hash(n-1) ‖ canonical bytes of event n), chained per stream; the first event of a
/// stream chains to 32 zero bytes. The canonical bytes are every stored field but the log position
/// (EventStoreDB assigns that after the hash is computed), each length-prefixed.
/// </summary>
public static class EventHash
{
    public const int Length = 32;
    private const string Domain = "budget-ledger/event/v1";

    public static byte[] Genesis { get; } = new byte[Length];

    public static byte[] Compute(ReadOnlySpan<byte> previousHash, string stream, ulong streamRevision, Guid eventId,
        string type, ReadOnlySpan<byte> data, ReadOnlySpan<byte> metadata, DateTimeOffset recordedAt)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> scratch = stackalloc byte[16];
        AppendField(hash, Encoding.UTF8.GetBytes(Domain));
        AppendField(hash, previousHash);
        AppendField(hash, Encoding.UTF8.GetBytes(stream));
        BinaryPrimitives.WriteUInt64BigEndian(scratch, streamRevision);
        AppendField(hash, scratch[..8]);
        eventId.TryWriteBytes(scratch, bigEndian: true, out _);
        AppendField(hash, scratch);
        AppendField(hash, Encoding.UTF8.GetBytes(type));
        AppendField(hash, data);
        AppendField(hash, metadata);
        BinaryPrimitives.WriteInt64BigEndian(scratch, recordedAt.ToUnixTimeMilliseconds());
        AppendField(hash, scratch[..8]);
        return hash.GetHashAndReset();
    }

    private static void AppendField(IncrementalHash hash, ReadOnlySpan<byte> field)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
        hash.AppendData(length);
        hash.AppendData(field);
    }
}
