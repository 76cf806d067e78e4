using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// Walks the whole log in global order and checks every link: each stream's revisions run 0, 1, 2…,
/// each event's hash is the hash of its predecessor and its own bytes, positions increase (and, where the
/// store numbers them densely, leave no hole). With a digest saved earlier it also catches a rewritten
/// or truncated tail, which no link inside the log can show. Where the store keeps a summary of its log
/// (<see cref="ILogSummary"/>), the walk is compared with it.
/// </summary>
public sealed class LedgerVerifier(IEventStore store, int pageSize = 4096)
{
    public async Task<VerificationReport> Verify(string? expectedDigest = null, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var walk = new LogWalk(store.Capabilities.DensePositions, progress);
        await walk.Read(store.ReadAll(pageSize, cancellationToken));
        if (store is not ILogSummary summaries)
        {
            return walk.Report(expectedDigest);
        }

        LogSummary? kept;
        try
        {
            kept = await CatchUp(summaries, walk, cancellationToken);
        }
        catch (LedgerFileException unreadable)
        {
            return walk.Report(expectedDigest) with { SummaryKept = true, SummaryDifferences = [unreadable.Message] };
        }

        var report = walk.Report(expectedDigest);
        return kept is null
            ? report
            : report with { SummaryKept = true, SummaryDifferences = kept.DifferencesFrom(report) };
    }

    /// <summary>
    /// The summary is written in the same transaction as its events, so one read after the walk counts every event
    /// walked; where it counts more (appended meanwhile), the walk goes on to them.
    /// </summary>
    private async Task<LogSummary?> CatchUp(ILogSummary summaries, LogWalk walk, CancellationToken cancellationToken)
    {
        while (true)
        {
            var kept = await summaries.Summary(cancellationToken);
            if (kept?.LastPosition is not { } position || walk.Last >= position || walk.Stopped)
            {
                return kept;
            }

            var walked = walk.Count;
            await walk.Read(store.ReadAll(pageSize, cancellationToken, walk.Last));
            if (walk.Count == walked)
            {
                return kept;
            }
        }
    }
}
