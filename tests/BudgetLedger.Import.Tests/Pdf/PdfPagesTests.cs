using BudgetLedger.Import.Pdf;

namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>The real PDFs read page by page: page counts, and known figures on the line of their row label.</summary>
public sealed class PdfPagesTests
{
    public static TheoryData<string, int> CorpusPdfs()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, pages) in PdfCorpus.PageCounts)
        {
            data.Add(name, pages);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusPdfs))]
    public void Every_corpus_pdf_reads_to_its_page_count_with_text_on_every_page(string name, int pages)
    {
        Skip.If(PdfCorpus.Find(name) is null, $"{name} is not in Pdf/Documents and {PdfCorpus.Shared} is not here");

        var read = PdfCorpus.Pages(name);

        read.Select(p => p.Number).Should().Equal(Enumerable.Range(1, pages));
        read.Should().OnlyContain(p => p.Lines.Count > 0);
    }

    [Theory]
    [InlineData(PdfCorpus.Putuo, 5, "一、一般公共预算财政拨款收入", new[] { "307.82", "一、一般公共服务支出", "264.87" })]
    [InlineData(PdfCorpus.Putuo, 5, "八、其他收入", new[] { "八、社会保障和就业支出", "10.82" })]
    [InlineData(PdfCorpus.Putuo, 13, "30108", new[] { "6.18", "30206", "电费", "0.00" })]
    [InlineData(PdfCorpus.Putuo, 7, "2101101", new[] { "行政单位医疗", "2.22", "2.22" })]
    [InlineData(PdfCorpus.Guangzhou, 8, "2010301", new[] { "行政运行", "6,853.85", "6,853.85", "0.00" })]
    [InlineData(PdfCorpus.Guangzhou, 6, "收入总计", new[] { "16,410.71", "支出总计", "16,410.71" })]
    [InlineData(PdfCorpus.Changsha, 12, "一、本级财政拨款收入", new[] { "656.73", "一、基本支出", "386.73" })]
    [InlineData(PdfCorpus.Changsha, 14, "205", new[] { "03", "99", "其他职业教育支出", "656.73", "386.73", "270.00" })]
    public void A_known_figure_is_on_the_line_of_its_row_label_in_order(
        string name, int page, string label, string[] after)
    {
        var lines = PdfCorpus.Pages(name)[page - 1].Lines;

        var followers = lines.Where(l => l.Words[0].Text == label)
            .Select(l => l.Words.Skip(1).Select(w => w.Text).ToList());

        followers.Should().ContainSingle(words => words.Take(after.Length).SequenceEqual(after));
    }

    [Fact]
    public void Words_on_a_line_run_left_to_right_and_lines_top_to_bottom()
    {
        var page = PdfCorpus.Pages(PdfCorpus.Putuo)[4];

        page.Lines.Select(l => l.Baseline).Should().BeInAscendingOrder();
        page.Lines.Should().OnlyContain(l => l.Words.Zip(l.Words.Skip(1)).All(p => p.First.Right < p.Second.Left));
    }

    [Fact]
    public void A_cjk_title_printed_letter_by_letter_is_one_word()
    {
        var page = PdfCorpus.Pages(PdfCorpus.Putuo)[4];

        page.Lines.SelectMany(l => l.Words).Select(w => w.Text).Should().Contain("收入支出决算总表");
    }
}
