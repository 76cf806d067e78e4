using System.IO.Compression;

namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>
/// A zip package written again with every entry stamped 1980-01-01 (the zip format's first time), in the same order,
/// and stored rather than deflated, so that the same content always gives the same bytes.
/// </summary>
public static class FixedZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                // Deflated bytes depend on the runtime's zlib: an export verified on another machine would differ.
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                copy.LastWriteTime = Epoch;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
