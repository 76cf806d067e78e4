using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.EventStore.Appending;

/// <summary>
/// The stream was not where the writer expected it: someone else appended first. Nothing was written.
/// </summary>
public sealed class WrongExpectedRevisionException(string stream, ExpectedRevision expected, ulong? actual)
    : Exception($"stream '{stream}': expected revision {expected}"
        + $", but the stream {(actual is { } a ? $"is at revision {a}" : "does not exist")}; nothing was written")
{
    public string Stream { get; } = stream;

    public ExpectedRevision Expected { get; } = expected;

    /// <summary>The stream's last revision, or null when it has no events.</summary>
    public ulong? Actual { get; } = actual;
}
