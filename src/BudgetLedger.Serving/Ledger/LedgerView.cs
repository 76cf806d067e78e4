using BudgetLedger.EventStore;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Serving.Ledger;

/// <summary>What one answer is built from: the log, read models folded exactly to <see cref="Stamp"/>.</summary>
/// <param name="ReadModels">null for an answer that reads only the log</param>
public sealed record LedgerView(IEventStore Log, ReadModelStore? ReadModels, LogStamp Stamp, string? AsOf)
{
    public ReadModelStore Models => ReadModels ?? throw new InvalidOperationException("no read models were prepared");
}
