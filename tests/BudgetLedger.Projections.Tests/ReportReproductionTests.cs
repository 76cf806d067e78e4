using System.Globalization;
using BudgetLedger.Import;
using BudgetLedger.Import.Tables;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Projections.Tests;

/// <summary>
/// The reports, built by the actors from the log, against the source text: every figure of every table
/// of every seed is found in the unit's report. Where the document has 尾差 warnings a printed subtotal
/// may differ by its rounding from the one summed from the leaves.
/// </summary>
public class ReportReproductionTests
{
    public static TheoryData<string> SeedNames => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public async Task Every_figure_of_the_reported_tables_is_in_the_report(string seed)
    {
        await using var ledger = await Ledger.WithSeeds(seed);
        using var readModels = ledger.ReadModels("report.db");
        await ProjectionHost.Run(ledger.Store, readModels, new ProjectionOptions());
        var document = new DisclosureImporter().Read(seed, Seeds.Bytes(seed));
        var unit = readModels.Units().Single();
        var year = document.Header.Year.Value;
        var finalAccounts = document.Header.Kind == Domain.Events.DocumentKind.FinalAccountsDisclosure;
        var report = finalAccounts ? FinalAccountsReport.Build(unit, year) : BudgetReport.Build(unit, year);
        var reported = report.SelectMany(t => t.Rows).SelectMany(r => r)
            .Select(c => decimal.TryParse(c, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .OfType<decimal>().ToHashSet();
        var rounded = document.Warnings.Any();

        var missing = TableSegmenter.Split(Seeds.Text(seed))
            .SelectMany(t => SourceNumbers.Of(t).Select(n => (t.Title, n.Line, n.Value)))
            .Where(n => !reported.Contains(n.Value) && !(rounded && reported.Any(r => Math.Abs(r - n.Value) <= 0.03m)))
            .Select(n => $"{n.Title} line {n.Line}: {n.Value}")
            .ToList();

        missing.Should().BeEmpty();
    }
}
