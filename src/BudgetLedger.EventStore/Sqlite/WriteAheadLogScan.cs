using System.Buffers.Binary;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// Reads a ledger's write-ahead log (the -wal file) frame by frame, as SQLite's recovery does, to find what
/// recovery silently drops: frames of the current log after a damaged one. If any of them ends a
/// transaction, committed events were lost and the ledger reads as an older, self-consistent prefix.
/// </summary>
internal static class WriteAheadLogScan
{
    private const int HeaderSize = 32;
    private const int FrameHeaderSize = 24;

    /// <summary>Null when the log is absent or whole; otherwise what is damaged and what recovery ignores.</summary>
    public static string? Damage(string walPath)
    {
        if (!File.Exists(walPath))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(walPath);
        if (bytes.Length < HeaderSize)
        {
            return null;
        }

        var magic = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        if (magic is not (0x377f0682 or 0x377f0683))
        {
            return bytes.Length > HeaderSize ? $"{Path.GetFileName(walPath)} does not start as a write-ahead log: "
                + "its content is ignored" : null;
        }

        var bigEndian = magic == 0x377f0683;
        var pageSize = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8));
        var salts = bytes.AsSpan(16, 8).ToArray();
        var (s0, s1) = Checksum(bytes.AsSpan(0, 24), 0, 0, bigEndian);
        if (s0 != BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(24))
            || s1 != BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(28)))
        {
            return null; // SQLite ignores a log whose header does not check: nothing in it was ever read
        }

        var frameSize = FrameHeaderSize + pageSize;
        var frames = (bytes.Length - HeaderSize) / frameSize;
        for (var i = 0; i < frames; i++)
        {
            var frame = bytes.AsSpan(HeaderSize + (i * frameSize), frameSize);
            (s0, s1) = Checksum(frame[..8], s0, s1, bigEndian);
            (s0, s1) = Checksum(frame[FrameHeaderSize..], s0, s1, bigEndian);
            var holds = frame.Slice(8, 8).SequenceEqual(salts)
                && s0 == BinaryPrimitives.ReadUInt32BigEndian(frame[16..])
                    && s1 == BinaryPrimitives.ReadUInt32BigEndian(frame[20..]);
            if (!holds)
            {
                return Lost(bytes, i, frames, frameSize, salts, walPath);
            }
        }

        return null;
    }

    private static string? Lost(byte[] bytes, int damaged, int frames, int frameSize, byte[] salts, string walPath)
    {
        var (later, commits) = (0, 0);
        for (var j = damaged + 1; j < frames; j++)
        {
            var header = bytes.AsSpan(HeaderSize + (j * frameSize), FrameHeaderSize);
            if (header.Slice(8, 8).SequenceEqual(salts))
            {
                later++;
                commits += BinaryPrimitives.ReadUInt32BigEndian(header[4..]) != 0 ? 1 : 0;
            }
        }

        return commits == 0
            ? null // a torn last write: that transaction never committed
            : $"{Path.GetFileName(walPath)} is damaged at frame {damaged + 1} (byte "
                + $"{HeaderSize + (damaged * frameSize)}): SQLite ignores the {later} frames after it, which end "
                + $"{commits} committed transaction(s): events were lost";
    }

    private static (uint, uint) Checksum(ReadOnlySpan<byte> data, uint s0, uint s1, bool bigEndian)
    {
        for (var i = 0; i + 8 <= data.Length; i += 8)
        {
            var x0 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[i..])
                : BinaryPrimitives.ReadUInt32LittleEndian(data[i..]);
            var x1 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[(i + 4)..])
                : BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]);
            s0 += x0 + s1;
            s1 += x1 + s0;
        }

        return (s0, s1);
    }
}
