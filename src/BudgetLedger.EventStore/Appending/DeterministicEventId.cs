using System.Security.Cryptography;
using System.Text;

namespace BudgetLedger.EventStore.Appending;

/// <summary>
/// An event id derived from what identifies the fact (document hash, table, row, event type), so that
/// importing the same document twice yields the same ids and the second append is a no-op.
/// </summary>
public static class DeterministicEventId
{
    public static Guid From(params string[] parts)
    {
        var text = string.Join('\u001f', parts);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // RFC 9562 version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
