using System.Data;
using System.Data.Common;

namespace BudgetLedger.Projections.Storage;

/// <summary>Reads that see one committed state of the read models while another writer commits.</summary>
public abstract partial class ReadModelStore
{
    private DbTransaction? _snapshot;

    /// <summary>
    /// Until the returned scope ends, every read on this connection sees the read models as committed when the first
    /// of them ran: an answer and the checkpoint it names agree. Nothing may be written meanwhile.
    /// </summary>
    /// <exception cref="InvalidOperationException">a snapshot is open already</exception>
    public IDisposable Snapshot()
    {
        if (_snapshot is not null)
        {
            throw new InvalidOperationException($"a snapshot of the read models at {Where} is open already");
        }

        Reopened();
        _snapshot = BeginSnapshot();
        return new SnapshotScope(this);
    }

    /// <summary>A reading transaction whose reads share one snapshot.</summary>
    protected virtual DbTransaction BeginSnapshot() => Connection.BeginTransaction(IsolationLevel.RepeatableRead);

    private sealed class SnapshotScope(ReadModelStore store) : IDisposable
    {
        public void Dispose()
        {
            if (store._snapshot is { } snapshot)
            {
                store._snapshot = null;
                snapshot.Dispose();
            }
        }
    }
}
