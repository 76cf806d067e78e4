namespace BudgetLedger.Faults.Guards;

/// <summary>
/// A ledger is unchanged when its file and its write-ahead log (where committed rows wait until a
/// checkpoint) hash as before. Read models beside it may change.
/// </summary>
public sealed class LedgerGuard(string path) : Guard
{
    public override Func<string?> Arm()
    {
        var before = State();
        return () => State() is var after && after == before ? null
            : $"the ledger {Path.GetFileName(path)} changed: {before} -> {after}";
    }

    private string State()
    {
        var wal = new FileInfo(path + "-wal");
        var log = wal.Exists && wal.Length > 0 ? $" + wal {FileHash.Of(wal.FullName)}" : "";
        return (FileHash.Of(path) ?? "absent") + log;
    }
}
