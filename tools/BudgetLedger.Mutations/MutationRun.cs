namespace BudgetLedger.Mutations;

/// <summary>A seeded round of figure changes and truncations over the text disclosures of some folders.</summary>
public sealed record MutationRun(IReadOnlyList<Baseline> Documents, IReadOnlyList<Mutation> Changes,
    IReadOnlyList<Mutation> Cuts, IReadOnlyList<Mutation> PdfCuts)
{
    public static MutationRun Of(IReadOnlyList<string> folders, int seed, int changes, int truncations,
        int pdfTruncations = 0, FigurePlace places = FigurePlace.Interpreted)
    {
        var documents = folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal)
            .Select(f => Baseline.Of(Path.GetFileName(f), File.ReadAllBytes(f), places)).OfType<Baseline>().ToList();
        var pdfs = pdfTruncations == 0 ? [] : folders.SelectMany(f => Directory.GetFiles(f, "*.pdf"))
            .Order(StringComparer.Ordinal).Select(f => PdfCut.Of(Path.GetFileName(f), File.ReadAllBytes(f)))
            .OfType<PdfCut>().ToList();
        var random = new Random(seed);
        var changed = Enumerable.Range(0, changes)
            .Select(_ => FigureChange.Run(documents[random.Next(documents.Count)], random)).ToList();
        var cut = Enumerable.Range(0, truncations)
            .Select(_ => Truncation.Run(documents[random.Next(documents.Count)], random)).ToList();
        var pdfCut = pdfs.Count == 0 ? [] : Enumerable.Range(0, pdfTruncations)
            .Select(_ => pdfs[random.Next(pdfs.Count)].Run(random)).ToList();
        return new MutationRun(documents, changed, cut, pdfCut);
    }

    public IReadOnlyList<Mutation> Silent => Changes.Concat(Cuts).Concat(PdfCuts)
        .Where(m => m.Outcome == Outcome.Silent).ToList();

    public string Summary => $"figure changes: {Changes.Count}; refused {Count(Changes, Outcome.Refused)}, finding "
        + $"{Count(Changes, Outcome.Finding)}, 尾差 {Count(Changes, Outcome.RoundingDifference)}, in with no finding "
        + $"and no 尾差 {Count(Changes, Outcome.Silent)}\ntruncations: {Cuts.Count}; refused "
        + $"{Count(Cuts, Outcome.Refused)}, imported {Count(Cuts, Outcome.Silent)}\nPDFs cut: {PdfCuts.Count}; refused "
        + $"{Count(PdfCuts, Outcome.Refused)}, imported {Count(PdfCuts, Outcome.Silent)}";

    private static int Count(IEnumerable<Mutation> mutations, Outcome outcome) =>
        mutations.Count(m => m.Outcome == outcome);
}
