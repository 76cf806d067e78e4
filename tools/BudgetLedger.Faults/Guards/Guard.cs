namespace BudgetLedger.Faults.Guards;

/// <summary>Something a command must leave as it found it.</summary>
public abstract class Guard
{
    /// <summary>The ledger's rows: its file and any write-ahead log it has, by SHA-256.</summary>
    public static Guard Ledger(string path) => new LedgerGuard(path);

    /// <summary>A file that is not a ledger (or a folder), byte for byte.</summary>
    public static Guard Bytes(string path) => new BytesGuard(path);

    /// <summary>No entry appears in or disappears from the folder (and its subfolders).</summary>
    public static Guard Entries(string folder) => new EntriesGuard(folder, recursive: true, _ => true);

    /// <summary>No entry whose name starts with the prefix appears beside it, e.g. /dev/null-wal.</summary>
    public static Guard Siblings(string path) =>
        new EntriesGuard(Path.GetDirectoryName(path)!, recursive: false,
            name => name.StartsWith(Path.GetFileName(path), StringComparison.Ordinal));

    /// <summary>Reads the state now; the function returned says what changed since, or null.</summary>
    public abstract Func<string?> Arm();
}
