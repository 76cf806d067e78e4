using BudgetLedger.Import.Tests.Pdf;
using BudgetLedger.Mutations;
using Xunit.Abstractions;

namespace BudgetLedger.Import.Tests;

/// <summary>
/// The short version of the mutation run (tools/BudgetLedger.Mutations runs the long one): careless single-digit
/// changes to printed figures and documents cut short, over the seeds and the corpus texts, and PDFs cut short; none
/// may go in unseen.
/// </summary>
public class MutationRunTests(ITestOutputHelper output)
{
    [Fact]
    public void No_changed_figure_or_cut_document_or_pdf_goes_in_without_a_refusal_finding_or_changed_尾差()
    {
        const int seed = 7;
        output.WriteLine($"seed {seed}");

        var run = MutationRun.Of([Seeds.Folder, PdfCorpus.Documents], seed, changes: 40, truncations: 12,
            pdfTruncations: 4);

        output.WriteLine(run.Summary);
        run.Documents.Select(d => d.Name).Should().Contain(n => n.EndsWith(".layout.txt", StringComparison.Ordinal),
            "space-aligned text is changed too");
        run.PdfCuts.Should().HaveCount(4);
        run.Silent.Select(m => m.Description).Should().BeEmpty();
    }
}
