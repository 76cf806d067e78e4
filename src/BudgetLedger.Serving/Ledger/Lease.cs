using BudgetLedger.EventStore;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Serving.Ledger;

/// <summary>One reader's own connections: the log and the live read models (kept for the next request).</summary>
internal sealed class Lease(IEventStore log, ReadModelStore models) : IAsyncDisposable
{
    public IEventStore Log { get; } = log;

    public ReadModelStore Models { get; } = models;

    public async ValueTask DisposeAsync()
    {
        Models.Dispose();
        await Log.DisposeAsync();
    }
}
