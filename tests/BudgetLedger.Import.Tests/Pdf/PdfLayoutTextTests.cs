using BudgetLedger.Import.Pdf;
using Xunit.Abstractions;

namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>Pages rendered as pdftotext -layout text, judged against pdftotext's own text of the same PDFs.</summary>
public sealed class PdfLayoutTextTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(PdfCorpus.Putuo, 0.96)]
    [InlineData(PdfCorpus.Template, 0.88)]
    public void The_lines_match_pdftotext_layout_text_page_by_page(string name, double share)
    {
        var ours = PdfLayoutText.Render(PdfCorpus.Pages(name));

        var (matched, total) = LineMatch.Count(ours, PdfCorpus.LayoutText(name));

        var figure = $"{matched}/{total} non-blank lines as pdftotext -layout ({(double)matched / total:P1})";
        output.WriteLine($"{name}: {figure}");
        ((double)matched / total).Should().BeGreaterThanOrEqualTo(share);
    }

    [Fact]
    public void One_form_feed_ends_every_page_as_pdftotext_writes_it()
    {
        var text = PdfLayoutText.Render(PdfCorpus.Pages(PdfCorpus.Putuo));

        text.Should().EndWith("\f");
        text.Count(c => c == '\f').Should().Be(24);
        LineMatch.Lines(text.Split('\f')[4]).Should().Contain("收入支出决算总表");
    }

    [Fact]
    public void Cells_are_at_least_two_spaces_apart_and_words_of_one_cell_one_space()
    {
        var page = PdfLayoutText.Render(PdfCorpus.Pages(PdfCorpus.Putuo)[4]).Split('\n');

        page.Should().Contain(l => l.Trim() == "中共上海市普陀区委社会工作部 2024 年度部门决算表");
        var line = page.Single(l => l.StartsWith("一、一般公共预算财政拨款收入", StringComparison.Ordinal));
        line.Should().MatchRegex(@"^一、一般公共预算财政拨款收入 {2,}307\.82 {2,}一、一般公共服务支出 {2,}264\.87$");
    }

    [Fact]
    public void A_column_starts_at_the_same_character_column_on_every_line()
    {
        var page = PdfLayoutText.Render(PdfCorpus.Pages(PdfCorpus.Putuo)[4]).Split('\n');

        var starts = new[] { "九、卫生健康支出", "十、节能环保支出", "二十六、抗疫特别国债安排的支出" }
            .Select(label => page.Single(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal)))
            .Select(line => line.Length - line.TrimStart().Length);
        starts.Distinct().Should().ContainSingle();
    }
}
