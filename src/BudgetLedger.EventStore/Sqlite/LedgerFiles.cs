using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// Which files are ledgers. A ledger file carries the ledger's application id; one made before files were
/// marked is known by its schema. Anything else (empty, foreign, truncated, newer) is refused untouched.
/// </summary>
internal static class LedgerFiles
{
    /// <summary>True for a ledger, false when nothing is at the path; otherwise why the file is not one.</summary>
    public static bool IsLedger(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return false;
        }

        var header = LedgerFileHeader.Read(path);
        if (header.IsTruncated)
        {
            throw new LedgerFileException($"{path} is truncated: {header.Length:N0} bytes where its header counts "
                + $"{header.PageSize * header.PageCount:N0}; restore it from a copy");
        }

        if (header.IsLedger || (header.MayBeUnmarkedLedger && HasLedgerSchema(path)))
        {
            return header.UserVersion <= SqliteSchema.Latest
                ? true
                : throw new LedgerFileException($"{path} was made by a newer budget-ledger (schema "
                    + $"{header.UserVersion}; this one knows {SqliteSchema.Latest})");
        }

        var whose = header.ApplicationId == 0 ? "" : $" (application id 0x{header.ApplicationId:x8})";
        throw new LedgerFileException($"{path} is not a ledger: it is a SQLite database of another program{whose}; "
            + "nothing was written to it");
    }

    /// <summary>Reads the schema without writing anything, not even SQLite's shared-memory file.</summary>
    private static bool HasLedgerSchema(string path)
    {
        try
        {
            using var connection = new SqliteConnection(
                $"Data Source={new Uri(path).AbsoluteUri}?immutable=1;Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                + "'events_are_immutable';";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>
    /// Makes a new ledger file: built beside the path under another name, then moved into place, so no
    /// other process ever sees a half-made ledger. If another process made one first, that one is kept.
    /// </summary>
    public static void Create(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new LedgerFileException($"cannot create the ledger {path}: folder {folder} does not exist");
        }

        var building = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.creating");
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building,
                Pooling = false }.ToString()))
            {
                connection.Open();
                SqliteSchema.Create(connection);
            }

            File.Move(building, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new LedgerFileException($"cannot create the ledger {path}: {e.Message}", e);
        }
        finally
        {
            foreach (var file in new[] { building, building + "-wal", building + "-shm", building
                + "-journal" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }
}
