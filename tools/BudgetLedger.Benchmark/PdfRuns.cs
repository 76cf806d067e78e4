using System.Diagnostics;
using BudgetLedger.Import.Pdf;
using UglyToad.PdfPig;

namespace BudgetLedger.Benchmark;

/// <summary>
/// Reads the corpus PDFs three ways in the same run: PdfPig's own word extraction of every page (open, then GetWords
/// on each page: the raw baseline), the layout text (PdfPages.Read, then PdfLayoutText.Render), and the whole import
/// read (tables placed under their columns, interpreted and checked into events). Best of the given
/// rounds each, rounds interleaved.
/// </summary>
public static class PdfRuns
{
    public static void Run(string corpus, int rounds)
    {
        if (!Directory.Exists(corpus))
        {
            var folder = Path.GetFullPath(corpus);
            Console.WriteLine($"pdf: no folder {folder} (give the corpus with --corpus DIR); skipped");
            return;
        }

        var documents = Directory.GetFiles(corpus, "*.pdf").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var pages = Raw(documents); // warm up both paths outside the timing
        Ours(documents);
        Tables(documents);
        var (raw, ours, tables) = (double.MaxValue, double.MaxValue, double.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            raw = Math.Min(raw, Time(() => Raw(documents)));
            ours = Math.Min(ours, Time(() => Ours(documents)));
            tables = Math.Min(tables, Time(() => Tables(documents)));
        }

        var megabytes = documents.Sum(d => d.Bytes.Length) / 1048576.0;
        var what = $"{documents.Count} PDFs ({pages:N0} pages, {megabytes:F1} MB)";
        Console.WriteLine($"pdf text of {what}, best of {rounds}:");
        Console.WriteLine($"  raw PdfPig (open + GetWords per page):          {pages / raw,8:N0} pages/s");
        Console.WriteLine($"  ours (PdfPages.Read + PdfLayoutText.Render):    {pages / ours,8:N0} pages/s");
        Console.WriteLine($"  import (placed, interpreted, checked events):   {pages / tables,8:N0} pages/s");
        Console.WriteLine($"  ours/raw: {raw / ours:F2}, import/raw: {raw / tables:F2} (target >= 0.50)");
    }

    private static int Raw(List<(string Name, byte[] Bytes)> documents)
    {
        var pages = 0;
        foreach (var (_, bytes) in documents)
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                _ = page.GetWords().Count();
                pages++;
            }
        }

        return pages;
    }

    private static int Ours(List<(string Name, byte[] Bytes)> documents) =>
        documents.Sum(d => PdfLayoutText.Render(PdfPages.Read(d.Name, d.Bytes)).Length);

    /// <summary>The whole import read of each PDF: tables placed, interpreted and checked (refusals count too).
    /// </summary>
    private static int Tables(List<(string Name, byte[] Bytes)> documents) => documents.Sum(d =>
    {
        try
        {
            return new BudgetLedger.Import.DisclosureImporter().Read(d.Name, d.Bytes).Events.Count;
        }
        catch (BudgetLedger.Import.ImportException)
        {
            return 0;
        }
    });

    private static double Time(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalSeconds;
    }
}
