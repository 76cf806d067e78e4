namespace BudgetLedger.Projections.Storage;

/// <summary>
/// A commit found the read models' checkpoint moved since its batch began: another writer (a second process, a
/// cluster singleton that was thought lost) committed meanwhile, or rebuilt them for another ledger. Nothing was
/// written; the batch is folded again from the stored checkpoint.
/// </summary>
public sealed class CheckpointMovedException(string where, ulong expected, ulong found, string? owner = null)
    : Exception(owner is null
        ? $"the read models at {where} moved from position {expected} to {found} while a batch was folded from it: "
            + "another writer committed meanwhile, nothing of this batch was written"
        : $"the read models at {where} were rebuilt for ledger {owner} while a batch of another ledger was folded: "
            + "nothing of this batch was written")
{
    public ulong Expected { get; } = expected;

    public ulong Found { get; } = found;
}
