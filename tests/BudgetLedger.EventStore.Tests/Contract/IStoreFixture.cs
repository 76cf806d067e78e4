namespace BudgetLedger.EventStore.Tests.Contract;

/// <summary>
/// What a store needs to enrol in the contract suite: fresh, empty stores, and second connections to one.
/// </summary>
public interface IStoreFixture
{
    /// <summary>
    /// Why this store cannot be tested here (no endpoint configured), or null: its tests then report themselves skipped
    /// with this reason.
    /// </summary>
    string? Unavailable => null;

    /// <summary>A new, empty store that no other test sees.</summary>
    Task<IEventStore> CreateStore();

    /// <summary>Another connection (another client) to the same store, for races.</summary>
    Task<IEventStore> Connect(IEventStore store);

    /// <summary>
    /// Where one store keeps several ledgers (a server): its default ledger beside a fresh named one.
    /// </summary>
    Task<(IEventStore Default, IEventStore Named)> LedgersSideBySide() => throw new NotSupportedException();
}
