using System.Security.Cryptography;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// What a folder holds, byte for byte: to show a command wrote nothing (SQLite's -shm/-wal beside a ledger aside).
/// </summary>
internal static class FileState
{
    public static IReadOnlyDictionary<string, string> Of(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("-shm", StringComparison.Ordinal) && !p.EndsWith("-wal", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(folder, p), Hash);

    private static string Hash(string path) =>
        Directory.Exists(path) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
