namespace BudgetLedger.Faults.Guards;

/// <summary>The entries of a folder that pass a filter stay the same: nothing created, nothing removed.</summary>
public sealed class EntriesGuard(string folder, bool recursive, Func<string, bool> filter) : Guard
{
    public override Func<string?> Arm()
    {
        var before = Entries();
        return () =>
        {
            var after = Entries();
            var created = after.Except(before).ToList();
            var removed = before.Except(after).ToList();
            return (created.Count, removed.Count) switch
            {
                (0, 0) => null,
                (_, 0) => $"created {string.Join(", ", created)} in {folder}",
                (0, _) => $"removed {string.Join(", ", removed)} from {folder}",
                _ => $"created {string.Join(", ", created)} and removed {string.Join(", ", removed)} in {folder}",
            };
        };
    }

    /// <summary>
    /// SQLite's shared-memory index and an empty write-ahead log beside a database: its working files, holding no
    /// change.
    /// </summary>
    private static bool IsSqliteWorkingFile(string path) =>
        path.EndsWith("-shm", StringComparison.Ordinal)
        || (path.EndsWith("-wal", StringComparison.Ordinal) && new FileInfo(path).Length == 0);

    private HashSet<string> Entries()
    {
        if (!Directory.Exists(folder))
        {
            return new HashSet<string>();
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        return Directory.EnumerateFileSystemEntries(folder, "*", option)
            .Where(e => !IsSqliteWorkingFile(e))
            .Select(e => Path.GetRelativePath(folder, e))
            .Where(filter)
            .ToHashSet(StringComparer.Ordinal);
    }
}
