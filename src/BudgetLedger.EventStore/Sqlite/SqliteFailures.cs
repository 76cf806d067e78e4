using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>SQLite's errors about the file itself, said as what they mean for the ledger.</summary>
internal static class SqliteFailures
{
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    public static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e) when (Describe(path, e) is { } message)
        {
            throw new LedgerFileException(message, e);
        }
    }

    private static string? Describe(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        ReadOnly => $"{path} is read-only here ({e.Message}"
            + $"): only status, verify, log, findings and reports work on it",
        Corrupt or NotADatabase => $"{path} is damaged ({e.Message}): run `budget-ledger verify`, or restore it from "
            + "a copy",
        CannotOpen => $"{path} cannot be opened ({e.Message}): a command that writes needs the file and its folder "
            + "writable",
        IoError => $"{path} could not be read or written ({e.Message})",
        Full => $"{path}: the disk is full ({e.Message}); nothing was written",
        _ => null,
    };
}
