using System.Text;

namespace BudgetLedger.Import.Text;

/// <summary>
/// The bytes of a disclosure as lines of text. UTF-8 when the bytes are valid UTF-8, else GB18030 (which
/// also reads GBK and GB2312). Empty and binary files are refused.
/// </summary>
public sealed record DisclosureText(string FileName, string EncodingName, IReadOnlyList<TextLine> Lines)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    static DisclosureText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DisclosureText Decode(string fileName, byte[] bytes)
    {
        if (Pdf.PdfSignature.IsPdf(bytes))
        {
            // Each page's lines, with cells placed by the gaps between words; pages and line numbers as read.
            var (rendered, spans) = Pdf.PdfCellText.Render(Pdf.PdfPages.Read(fileName, bytes));
            var lines = Paged(rendered, TextLine.Parse);
            for (var i = 0; i < spans.Count; i++)
            {
                lines[i] = lines[i] with { Spans = spans[i] };
            }

            return new DisclosureText(fileName, "PDF", lines);
        }

        if (bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new ImportException(fileName, null, null, "the file is empty");
        }

        var controls = bytes.Count(b => b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0c));
        if (bytes.Contains((byte)0) || controls > bytes.Length / 100)
        {
            throw new ImportException(fileName, null, null, "the file is binary, not extracted disclosure text");
        }

        var (text, encoding) = TryUtf8(bytes, out var utf8) ? (utf8, "UTF-8")
            : (Encoding.GetEncoding(54936).GetString(bytes), "GB18030");
        if (encoding == "GB18030" && Utf8Damage.FirstBadByte(bytes) is { } offset)
        {
            throw new ImportException(fileName, null, null, $"the file is UTF-8 text with a byte that is not UTF-8 "
                + $"at offset {offset:N0} (0x{bytes[offset]:X2}): it was damaged; nothing was read");
        }
        if (!text.Any(c => c is >= '\u4e00' and <= '\u9fff'))
        {
            throw new ImportException(fileName, null, null, $"the text ({encoding}) holds no Chinese characters: not "
                + "a disclosure");
        }

        text = text.TrimStart('\ufeff');
        return new DisclosureText(fileName, encoding, Paged(text, text.Contains('\t', StringComparison.Ordinal)
            ? TextLine.Parse : LayoutColumns.Parse));
    }

    /// <summary>Lines numbered as in the file; a form feed is a page break, not a line.</summary>
    private static List<TextLine> Paged(string text, Func<int, string, TextLine> parse)
    {
        var lines = new List<TextLine>();
        var page = 1;
        foreach (var (raw, i) in text.Split('\n').Select((raw, i) => (raw, i)))
        {
            var feeds = raw.Count(c => c == '\f');
            var line = parse(i + 1, feeds == 0 ? raw
                : raw.Replace("\f", "", StringComparison.Ordinal)) with { Page = page };
            page += feeds;
            lines.Add(raw.StartsWith('\f') ? line with { Page = line.Page + 1 } : line);
        }

        return lines;
    }

    private static bool TryUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
