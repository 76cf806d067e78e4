namespace BudgetLedger.EventStore;

/// <summary>The event store port: a reader and a writer, and what this store can and cannot do.</summary>
public interface IEventStore : IEventReader, IEventWriter, IAsyncDisposable
{
    StoreCapabilities Capabilities { get; }

    /// <summary>A short human description of where the events live ("sqlite:/path/ledger.db").</summary>
    string Description { get; }
}
