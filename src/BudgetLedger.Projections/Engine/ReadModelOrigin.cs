using BudgetLedger.EventStore;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Engine;

/// <summary>
/// Read models are served only for the log they were folded from: the same ledger id, and the event at their
/// checkpoint still there with the same hash. Otherwise (a ledger file replaced, a server that lost its data, a
/// restored older copy) they are emptied and rebuilt from the log.
/// </summary>
public static class ReadModelOrigin
{
    /// <summary>Why the read models had to be emptied, or null when they belong to this log.</summary>
    public static async Task<string?> Reconcile(IEventReader log, ReadModelStore readModels,
        CancellationToken cancellationToken = default)
    {
        var ledgerId = await log.LedgerId(cancellationToken);
        var origin = readModels.Origin();
        var reason = origin switch
        {
            null or { Position: 0 } => null,
            _ when origin.LedgerId != ledgerId => $"they were built from another ledger ({origin.LedgerId}; this one "
                + $"is {ledgerId})",
            _ when !await Holds(log, origin, cancellationToken) =>
                $"the log no longer holds the event at position {origin.Position} they were built up to "
                    + $"({origin.Stream} revision {origin.Revision})",
            _ => null,
        };
        if (reason is not null)
        {
            // Another process may have rebuilt them meanwhile: then theirs stand.
            return readModels.RecreateFor(ledgerId, origin) ? reason : null;
        }

        if (origin is null or { Position: 0 })
        {
            readModels.Claim(ledgerId);
        }

        return null;
    }

    private static async Task<bool> Holds(IEventReader log, LogPoint point, CancellationToken cancellationToken) =>
        point.Stream is { } stream
        && await log.ReadStreamForwards(stream, point.Revision, 1, cancellationToken) is [var e]
        && e.Position.Commit == point.Position
        && e.Hash.AsSpan().SequenceEqual(point.Hash);
}
