using System.Security.Cryptography;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>SHA-256 over every event's hash in global order: one value that pins the whole log, tail included.</summary>
public sealed class LogDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Count { get; private set; }

    public void Add(ReadOnlySpan<byte> eventHash)
    {
        _hash.AppendData(eventHash);
        Count++;
    }

    /// <summary>Lower-case hex, as printed by <c>status</c> and accepted by <c>verify --digest</c>.</summary>
    public string ToHex() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();
}
