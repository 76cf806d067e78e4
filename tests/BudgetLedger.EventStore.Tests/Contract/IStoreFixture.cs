namespace BudgetLedger.EventStore.Tests.Contract;

/// <summary>What a store needs to enrol in the contract suite: fresh, empty stores, and second connections to one.</summary>
public interface IStoreFixture
{
    /// <summary>A new, empty store that no other test sees.</summary>
    Task<IEventStore> CreateStore();

    /// <summary>Another connection (another client) to the same store, for races.</summary>
    Task<IEventStore> Connect(IEventStore store);
}
