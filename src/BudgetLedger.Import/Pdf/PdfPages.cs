using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Reads a PDF's text layer page by page. A PDF that cannot be read (not a PDF, cut off, encrypted beyond what can
/// be opened, with no pages, or scanned with no text layer) is refused with an <see cref="ImportException"/> naming
/// the file, the page where there is one, and why.
/// </summary>
public static class PdfPages
{
    public static IReadOnlyList<PdfPage> Read(string fileName, byte[] bytes)
    {
        PdfSignature.Check(fileName, bytes);
        using var document = Open(fileName, bytes);
        var count = PageCount(fileName, document);
        if (count == 0)
        {
            throw Refusal(fileName, "the PDF has no pages: an empty document cannot be read");
        }

        var pages = new List<PdfPage>(count);
        for (var number = 1; number <= count; number++)
        {
            pages.Add(ReadPage(fileName, document, number));
        }

        if (pages.All(p => p.Lines.Count == 0))
        {
            throw Refusal(
                fileName, $"none of the PDF's {pages.Count} pages holds any text: an empty document cannot be read");
        }

        return pages;
    }

    private static PdfDocument Open(string fileName, byte[] bytes)
    {
        try
        {
            return PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Refusal(fileName, $"the PDF is encrypted and cannot be opened without its password ({e.Message})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Refusal(fileName, $"the PDF cannot be opened: it is damaged or cut off ({e.Message})");
        }
    }

    private static int PageCount(string fileName, PdfDocument document)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Refusal(fileName, $"the PDF's page tree cannot be read: it is damaged or cut off ({e.Message})");
        }
    }

    private static PdfPage ReadPage(string fileName, PdfDocument document, int number)
    {
        try
        {
            var page = document.GetPage(number);
            var text = PageLines.Read(page);
            if (text.Lines.Count == 0 && page.GetImages().Any())
            {
                throw Refusal(fileName, $"page {number} has no text layer: a scanned document cannot be read");
            }

            return text;
        }
        catch (Exception e) when (e is not (ImportException or OutOfMemoryException))
        {
            throw Refusal(fileName, $"page {number} cannot be read: the PDF is damaged or cut off ({e.Message})");
        }
    }

    internal static ImportException Refusal(string fileName, string rule) => new(fileName, null, null, rule);
}
