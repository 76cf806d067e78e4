namespace BudgetLedger.Import.Text;

/// <summary>
/// Tells a UTF-8 file with a damaged byte from a GB18030 file: GB18030 Chinese is almost never valid UTF-8 for
/// long, while a damaged UTF-8 file is valid UTF-8 but for a few bytes. Such a file is refused, never decoded
/// as GB18030 into other characters.
/// </summary>
internal static class Utf8Damage
{
    public static int? FirstBadByte(byte[] bytes)
    {
        var (valid, invalid, first) = (0, 0, -1);
        for (var i = 0; i < bytes.Length;)
        {
            var length = SequenceLength(bytes, i);
            if (length == 0)
            {
                first = first < 0 ? i : first;
                invalid++;
                i++;
                continue;
            }

            valid += length >= 3 ? 1 : 0;
            i += length;
        }

        return first >= 0 && valid >= 20 && invalid * 50 <= valid ? first : null;
    }

    /// <summary>The length of the valid UTF-8 sequence starting at <paramref name="i"/>, or 0.</summary>
    private static int SequenceLength(byte[] b, int i)
    {
        var lead = b[i];
        var length = lead < 0x80 ? 1 : lead is >= 0xC2 and <= 0xDF ? 2 : lead is >= 0xE0 and <= 0xEF ? 3
            : lead is >= 0xF0 and <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.Length)
        {
            return 0;
        }

        for (var k = 1; k < length; k++)
        {
            if ((b[i + k] & 0xC0) != 0x80)
            {
                return 0;
            }
        }

        return length;
    }
}
