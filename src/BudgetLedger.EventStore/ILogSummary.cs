using BudgetLedger.EventStore.TamperEvidence;

namespace BudgetLedger.EventStore;

/// <summary>A store that keeps a summary of its whole log up to date with every append.</summary>
public interface ILogSummary
{
    /// <summary>The kept summary, or null where this ledger keeps none yet (made before, opened read-only).</summary>
    /// <exception cref="LedgerFileException">the ledger keeps one, but it is missing or cannot be read</exception>
    Task<LogSummary?> Summary(CancellationToken cancellationToken = default);
}
