using BudgetLedger.Domain.Events;
using BudgetLedger.Import.Text;
using BudgetLedger.Import.Validation;
using BudgetLedger.Import.Completeness;
using BudgetLedger.Import.Tests.Pdf;

namespace BudgetLedger.Import.Tests.Completeness;

/// <summary>
/// Every seed and corpus document (text and PDF) gives exactly the completeness findings checked by hand against it.
/// </summary>
public class RealDocumentCompletenessTests
{
    public static TheoryData<string> Documents => [.. Seeds.All, .. PdfCorpus.Disclosures];

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_real_document_gives_a_completeness_finding(string name)
    {
        // Seed 002's contents (lines 14, 15, 21) list 收入决算表, 支出决算表 and 国有资本经营预算财政拨款支出决算表, which
        // its text does not print: after the 收入支出决算总表 come only two unit lines and notes (lines 105–111, "注：
        // 本表反映部门本年度取得的各项收入情况。"), after the 政府性基金 table a second "说明：本表无数据" (line 282). Tables
        // the extraction lost, not ones the unit omitted: no finding (a unit line outside every table says so).
        // The others, each checked: Shanxi budgets (000, 001, 003, 004) print their tables in the national
        // order, empty ones with "注：本表无数据" / "备注：我单位无…"; Putuo (text and PDF), Shiquan and Yichuan print the
        // nine 决算 tables in order, contents equal to the titles, empty ones with their 说明, 三公 notes with
        // "接待批次 1 次、接待 15 人次" (Yichuan line 848) and "保有量为 8 辆" (Shiquan line 904); the 2026 budgets
        // keep their own orders after 财政拨款收支总表, their empty tables say "本表本年无发生额" (Shenzhen, Guangzhou),
        // "没有使用…安排的支出" (Fuzhou, Quanzhou) or once for all "空表表示本部门无相关收支情况" (Changsha, line 23).
        var document = CompletenessFindings.Read(name);

        CompletenessFindings.Of(document).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-shanghai-final-accounts-template.layout.txt", new[] { 98, 131, 159, 185, 248, 276, 325 })]
    [InlineData(PdfCorpus.Template, new[] { 48, 81, 101, 121, 160, 182, 231 })]
    public void The_template_is_refused_and_its_placeholders_are_real_findings(string name, int[] blankTables)
    {
        // The importer refuses the template whole (its unit is "上海市 XX 局"). Read as a published document, every
        // line holding "XX" (the unit on the cover, line 1; "XXX 万元" and "XX%" throughout the notes) is a
        // placeholder left in: real findings, one per line. So are its first seven tables, printed as blank forms
        // (收入支出决算总表 … 三公, pages 5–12) with neither a figure nor a statement; the 政府性基金 and 国有资本经营
        // tables (pages 13–14) say "说明：上海市 XX 局本年度没有…，故本表无数据" (layout lines
        // 354, 370) and give none.
        var bytes = PdfCorpus.Bytes(name);
        var text = DisclosureText.Decode(name, bytes);
        var read = () => new DisclosureImporter().Read(name, bytes, text);
        read.Should().Throw<ImportException>().WithMessage("*template, not a disclosure*");

        var findings = CompletenessChecks.Check(text, new DisclosureImporter().Tables(name, text),
            DocumentKind.FinalAccountsDisclosure, 2024, []);

        var lines = text.Lines.Where(l => l.Text.Contains("XX", StringComparison.Ordinal)).Select(l => l.Number);
        CompletenessFindings.Of(findings).Should().Equal([
            .. blankTables.Select(n => $"completeness.empty-table-statement line {n}"),
            .. lines.Select(n => $"completeness.placeholder line {n}")]);
        var cover = findings[blankTables.Length];
        cover.Table.Should().Be("正文");
        cover.Actual.Should().StartWith("'XX' in '上海市 XX 局'");
    }
}
