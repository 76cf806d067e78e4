using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// SHA-256 over what every event says, in global order: stream, revision, id, type, data and metadata,
/// but not when or at which position a store recorded it. The same imports give the same value on any
/// store (SQLite, EventStoreDB), where the log digest, which covers recorded times, differs.
/// </summary>
public sealed class ContentDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Add(RecordedEvent e)
    {
        Span<byte> scratch = stackalloc byte[16];
        Field(Encoding.UTF8.GetBytes(e.Stream));
        BinaryPrimitives.WriteUInt64BigEndian(scratch, e.StreamRevision);
        Field(scratch[..8]);
        e.EventId.TryWriteBytes(scratch, bigEndian: true, out _);
        Field(scratch);
        Field(Encoding.UTF8.GetBytes(e.Type));
        Field(e.Data);
        Field(e.Metadata);
    }

    private void Field(ReadOnlySpan<byte> field)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
        _hash.AppendData(length);
        _hash.AppendData(field);
    }

    public string ToHex() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();
}
