namespace BudgetLedger.EventStore;

/// <summary>A store that can check its own storage below the events (pages, indexes, its write-ahead log).</summary>
public interface IStorageCheck
{
    /// <summary>What is wrong with the storage, one line each; empty when it is sound.</summary>
    Task<IReadOnlyList<string>> CheckStorage(CancellationToken cancellationToken = default);
}
