using BudgetLedger.Import.Tables;
using Xunit.Abstractions;

namespace BudgetLedger.Import.Tests.Rebuild;

/// <summary>
/// For every table of every seed: every figure printed in it is found again among the figures computed
/// from the imported events alone. The ledger lost nothing. Where the document has 尾差 warnings a printed
/// subtotal may differ from the one recomputed from its leaves by a few cents (each printed figure was
/// rounded), and only then; how many figures needed that is printed.
/// </summary>
public class TableRebuildTests(ITestOutputHelper output)
{
    private const decimal Rounding = 0.03m;

    public static TheoryData<string> SeedNames => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_figure_of_every_table_is_rebuilt_from_the_events(string seed)
    {
        var document = new DisclosureImporter().Read(seed, Seeds.Bytes(seed));
        var events = document.Events.Select(e => e.Event).ToList();
        var missing = new List<string>();
        var checkedFigures = 0;
        var withinRounding = 0;
        var rounded = document.Warnings.Any();
        foreach (var table in TableSegmenter.Split(Seeds.Text(seed)))
        {
            var kind = TableRecognizer.Recognize(table.Title)!.Value;
            var rebuilt = RebuiltNumbers.For(kind, events);
            foreach (var (line, value) in SourceNumbers.Of(table))
            {
                checkedFigures++;
                if (rebuilt.Contains(value))
                {
                    continue;
                }

                if (rounded && rebuilt.Any(r => Math.Abs(r - value) <= Rounding))
                {
                    withinRounding++;
                    continue;
                }

                missing.Add($"{table.Title} line {line}: {value}");
            }
        }

        output.WriteLine($"{checkedFigures} figures checked, {withinRounding} found within 尾差 rounding");
        missing.Should().BeEmpty();
        checkedFigures.Should().BeGreaterThan(50);
    }
}
