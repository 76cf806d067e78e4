using System.Buffers.Binary;
using System.Text;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// SHA-256 over what every event says, in global order: stream, revision, id, type, data and metadata,
/// but not when or at which position a store recorded it. The same imports give the same value on any
/// store (SQLite, EventStoreDB), where the log digest, which covers recorded times, differs.
/// </summary>
public sealed class ContentDigest
{
    private readonly ResumableSha256 _hash;

    public ContentDigest()
        : this(new ResumableSha256())
    {
    }

    private ContentDigest(ResumableSha256 hash) => _hash = hash;

    /// <summary>Goes on from a state saved with <see cref="State"/>.</summary>
    /// <exception cref="FormatException">the state is not a saved one</exception>
    public static ContentDigest Resume(ReadOnlySpan<byte> state) => new(ResumableSha256.FromState(state));

    public void Add(RecordedEvent e) => Add(e.Stream, e.StreamRevision, e.EventId, e.Type, e.Data, e.Metadata);

    public void Add(string stream, ulong streamRevision, Guid eventId, string type, ReadOnlySpan<byte> data,
        ReadOnlySpan<byte> metadata)
    {
        Span<byte> scratch = stackalloc byte[16];
        Field(Encoding.UTF8.GetBytes(stream));
        BinaryPrimitives.WriteUInt64BigEndian(scratch, streamRevision);
        Field(scratch[..8]);
        eventId.TryWriteBytes(scratch, bigEndian: true, out _);
        Field(scratch);
        Field(Encoding.UTF8.GetBytes(type));
        Field(data);
        Field(metadata);
    }

    private void Field(ReadOnlySpan<byte> field)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
        _hash.Append(length);
        _hash.Append(field);
    }

    public byte[] State() => _hash.SaveState();

    public string ToHex() => Convert.ToHexStringLower(_hash.CurrentHash());
}
