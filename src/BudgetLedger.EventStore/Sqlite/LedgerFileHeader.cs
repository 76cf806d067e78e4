using System.Buffers.Binary;
using System.Text;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// The first 100 bytes of a SQLite file, read without opening it through SQLite (which could write to it):
/// enough to tell a ledger from an empty, foreign, truncated or newer file.
/// </summary>
internal sealed record LedgerFileHeader(long Length, int ApplicationId, int UserVersion, long PageSize, long PageCount)
{
    /// <summary>PRAGMA application_id of every ledger file: "BLdg".</summary>
    public const int LedgerApplicationId = 0x424C_6467;

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>The header, or why the file is not a SQLite database at all.</summary>
    public static LedgerFileHeader Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new LedgerFileException($"{path} is a folder, not a ledger file");
        }

        var header = new byte[100];
        long length;
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete);
            length = file.CanSeek ? file.Length : 0;
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LedgerFileException($"{path} cannot be read as a ledger: {e.Message}", e);
        }

        if (read == 0)
        {
            throw new LedgerFileException($"{path} is empty, not a ledger (a ledger is made by `budget-ledger init` "
                + "or `import`)");
        }

        if (read < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new LedgerFileException($"{path} is not a ledger: it is not a SQLite database");
        }

        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16)) is var p && p == 1 ? 65536 : p;
        // The page count is trusted by SQLite only when the change counter equals its "version-valid-for" copy.
        var countValid = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24)) ==
            BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92));
        var pages = countValid ? BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28)) : 0;
        return new LedgerFileHeader(length, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(68)),
            BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(60)), pageSize, pages);
    }

    public bool IsLedger => ApplicationId == LedgerApplicationId;

    /// <summary>A ledger made before files were marked: no application id, but a schema version.</summary>
    public bool MayBeUnmarkedLedger => ApplicationId == 0 && UserVersion >= 1;

    public bool IsTruncated => PageCount > 0 && Length < PageSize * PageCount;
}
