using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>Small PDFs made with PdfPig's writer: what a scanner, a drawing program or an empty export makes.</summary>
public static class SyntheticPdfs
{
    /// <summary>A 1×1 grey PNG: the stand-in for a scanned page image.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>Pages in order: <c>t</c> a line of text, <c>i</c> only an image, <c>r</c> only a rectangle.</summary>
    public static byte[] Make(string pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var kind in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            _ = kind switch
            {
                't' => page.AddText("Total 307.82", 12, new PdfPoint(72, 720), font).Count,
                'i' => AddImage(page),
                _ => DrawRectangle(page),
            };
        }

        return builder.Build();
    }

    private static int AddImage(PdfPageBuilder page)
    {
        page.AddPng(Png, new PdfRectangle(72, 72, 520, 770));
        return 1;
    }

    private static int DrawRectangle(PdfPageBuilder page)
    {
        page.DrawRectangle(new PdfPoint(72, 72), 400, 600);
        return 1;
    }
}
