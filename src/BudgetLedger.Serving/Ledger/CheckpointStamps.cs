using BudgetLedger.EventStore;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Serving.Ledger;

/// <summary>
/// The stamps of read models as their checkpoint moves. One the kept summary cannot give (read models behind the
/// log's end) is walked, and the walk is kept: a later checkpoint reads only the events after it, not the whole log.
/// </summary>
internal sealed class CheckpointStamps : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string? LedgerId, StampWalk Walk)? _kept;

    public async Task<LogStamp> Of(IEventStore log, LogPoint? checkpoint, CancellationToken cancellationToken)
    {
        var position = checkpoint?.Position ?? 0;
        if (await LogStamp.Kept(log, position, cancellationToken) is { } kept)
        {
            return kept;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_kept is { } ahead && ahead.LedgerId == checkpoint?.LedgerId && ahead.Walk.Position > position)
            {
                // An answer from read models older than the walk (another request saw a later checkpoint first).
                return await new StampWalk().To(log, position, cancellationToken);
            }

            if (_kept is not { } walked || walked.LedgerId != checkpoint?.LedgerId)
            {
                _kept = walked = (checkpoint?.LedgerId, new StampWalk());
            }

            var stamp = await walked.Walk.To(log, position, cancellationToken);
            if (EndsAt(walked.Walk, checkpoint))
            {
                return stamp;
            }

            // The log is not the one walked before (or not the one folded): walk it from the start, keep nothing.
            _kept = null;
            return await new StampWalk().To(log, position, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the walk (the store was dropped: the next one may hold another log).</summary>
    public void Forget() => _kept = null;

    public void Dispose() => _gate.Dispose();

    private static bool EndsAt(StampWalk walk, LogPoint? checkpoint) =>
        checkpoint is not { Position: > 0, Hash.Length: > 0 }
        || walk.Last is { } last && last.Position.Commit == checkpoint.Position
        && last.Hash.AsSpan().SequenceEqual(checkpoint.Hash);
}
