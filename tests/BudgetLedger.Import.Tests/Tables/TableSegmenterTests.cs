using BudgetLedger.Domain.Tables;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Import.Tables;
using Xunit.Abstractions;

namespace BudgetLedger.Import.Tests.Tables;

public class TableSegmenterTests(ITestOutputHelper output)
{
    public static TheoryData<string> SeedNames => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_table_of_every_seed_is_recognised_by_its_title(string seed)
    {
        var tables = TableSegmenter.Split(Seeds.Text(seed));
        foreach (var t in tables)
        {
            output.WriteLine($"{t.TitleLine,4} {TableRecognizer.Recognize(t.Title)?.ToString() ?? "??"} | {t.Title} "
                + $"| {t.Unit} | {t.Lines.Count} lines{(t.DeclaredEmpty ? " (declared empty)" : "")}");
        }

        tables.Should().NotBeEmpty();
        tables.Where(t => TableRecognizer.Recognize(t.Title) is null).Select(t => t.Title).Should().BeEmpty();
    }

    [Fact]
    public void A_unit_wrapped_onto_the_next_line_is_still_the_table_s_unit()
    {
        var detail =
            TableSegmenter.Split(Seeds.Text(Seeds.SocialInsuranceBureau2022))
                .Single(t => TableRecognizer.Recognize(t.Title) == TableKind.FinalAccountsGeneralPublicBudgetDetail);

        detail.Unit.Should().Be(AmountUnit.TenThousandYuan);
        detail.Lines.Should().NotContain(l => l.Text == "万元");
    }
}
