using System.Text;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// The cheap checks before parsing: a PDF starts with <c>%PDF-</c> (within its first kilobyte) and ends with
/// <c>%%EOF</c> (within its last kilobyte). A file cut short lacks the end marker even where a lenient parser
/// would still open what is left of it.
/// </summary>
internal static class PdfSignature
{
    private const int Window = 1024;

    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");

    private static readonly byte[] Trailer = Encoding.ASCII.GetBytes("%%EOF");

    /// <summary>The file says it is a PDF (whether or not it is whole).</summary>
    public static bool IsPdf(byte[] bytes) => bytes.AsSpan(0, Math.Min(Window, bytes.Length)).IndexOf(Header) >= 0;

    public static void Check(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw PdfPages.Refusal(fileName, "the file is empty: 0 bytes is not a PDF");
        }

        if (bytes.AsSpan(0, Math.Min(Window, bytes.Length)).IndexOf(Header) < 0)
        {
            throw PdfPages.Refusal(fileName, "not a PDF: the file does not start with %PDF-");
        }

        if (bytes.AsSpan(Math.Max(0, bytes.Length - Window)).IndexOf(Trailer) < 0)
        {
            throw PdfPages.Refusal(fileName, $"the PDF is cut off: its {bytes.Length:N0} bytes do not end with %%EOF");
        }
    }
}
