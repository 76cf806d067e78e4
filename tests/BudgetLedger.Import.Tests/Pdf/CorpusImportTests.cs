using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Import.Documents;
using BudgetLedger.Import.Tables;
using BudgetLedger.Import.Text;
using BudgetLedger.Import.Validation;
using Newtonsoft.Json;

namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>Real disclosures of other layouts go in, from their PDF and from their text alike.</summary>
public class CorpusImportTests
{
    private const string PutuoText = "2024-shanghai-putuo-social-work-dept-final-accounts.layout.txt";

    private static readonly Lazy<ImportedDocument> PutuoPdf = new(() => Read(PdfCorpus.Putuo));

    private static readonly Lazy<ImportedDocument> PutuoLayout = new(() => Read(PutuoText));

    private static ImportedDocument Read(string name)
    {
        var path = Path.Combine(PdfCorpus.Documents, name);
        return new DisclosureImporter().Read(name, File.ReadAllBytes(path));
    }

    private static List<T> Events<T>(ImportedDocument document) =>
        document.Events.Select(e => e.Event).OfType<T>().ToList();

    public static TheoryData<string> Disclosures => [.. PdfCorpus.Disclosures];

    [Theory]
    [MemberData(nameof(Disclosures))]
    public void Every_corpus_disclosure_imports_with_every_table_it_prints(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(PdfCorpus.Documents, name));
        var text = DisclosureText.Decode(name, bytes);

        var document = new DisclosureImporter().Read(name, bytes, text);

        var titles = TableSegmenter.Split(text).Select(t => t.Title).ToList();
        Events<TablePublished>(document).Select(t => t.Title).Should().Equal(titles);
        titles.Should().HaveCountGreaterThanOrEqualTo(9, "a disclosure prints at least the nine national tables");
        document.NotInterpreted.Should().OnlyContain(t => t.NotInterpretedBecause!.Length > 0,
            "each table kept as printed only says why");
        if (!name.EndsWith(".pdfplumber.txt", StringComparison.Ordinal))
        {
            // Page text with one space between cells cannot place blank cells; laid-out input can.
            document.NotInterpreted.Should().HaveCountLessThan(titles.Count, "some table is interpreted");
        }
    }

    [Fact]
    public void Putuo_final_accounts_pdf_and_its_text_give_the_same_typed_events()
    {
        static List<string> Typed(ImportedDocument d) => d.Events.Select(e => e.Event)
            .Where(e => e is not (TablePublished or DocumentImported or FindingRecorded))
            .Select(e => $"{e.GetType().Name} {JsonConvert.SerializeObject(e)}").Order().ToList();

        Typed(PutuoPdf.Value).Should().NotBeEmpty().And.Equal(Typed(PutuoLayout.Value));
        PutuoPdf.Value.Findings.Select(f => f.Rule).Should().Equal(PutuoLayout.Value.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void Putuo_spent_202_24_on_projects_and_named_its_broken_class_names_whole()
    {
        foreach (var document in new[] { PutuoPdf.Value, PutuoLayout.Value })
        {
            var executed = Events<ExpenditureExecuted>(document);
            executed.Where(e => e.ExpenditureKind == ExpenditureKind.ProjectExpenditure).Sum(e => e.Amount.Value)
                .Should().Be(202.24m, "一般公共预算财政拨款支出决算表 prints 项目支出 202.24");
            executed.Sum(e => e.Amount.Value).Should().Be(307.82m, "合计 307.82");
            executed.Single(e => e.FunctionalClass.Code.Value == "2080505").FunctionalClass.Name
                .Should().Be("机关事业单位基本养老保险缴费支出", "printed over three lines: 机关事业单位 / 基本养老保险 / 缴费支出");
        }
    }

    [Fact]
    public void Putuo_basic_expenditure_table_gives_each_economic_item_its_printed_figure()
    {
        foreach (var document in new[] { PutuoPdf.Value, PutuoLayout.Value })
        {
            var items = Events<EconomicExpenditureExecuted>(document).ToDictionary(e => e.EconomicClass.Code.Value);
            items["30101"].Amount.Should().Be(Amount.TenThousandYuan(14.12m));
            items["30299"].Amount.Should().Be(Amount.TenThousandYuan(0.20m), "its code is printed on the line above");
            items["30299"].Component.Should().Be(BasicExpenditureComponent.OperatingCosts);
            items["31001"].EconomicClass.Name.Should().Be("房屋建筑物购建");
            items["31007"].EconomicClass.Name.Should().Be("信息网络及软件购置更新");
            items.Values.Where(e => e.Component == BasicExpenditureComponent.PersonnelCosts)
                .Sum(e => e.Amount!.Value.Value).Should().Be(95.36m, "人员经费合计 95.36");
            items.Values.Where(e => e.Component == BasicExpenditureComponent.OperatingCosts)
                .Sum(e => e.Amount!.Value.Value).Should().Be(10.22m, "the items sum to 10.22 where 302 prints 10.23");
            document.Findings.Should().ContainSingle(f => f.Severity == FindingSeverity.RoundingDifference
                && f.Rule.StartsWith("[302]", StringComparison.Ordinal) && f.Actual == "10.23");
        }
    }

    [Fact]
    public void Putuo_keeps_all_nine_tables_and_an_empty_three_public_table_states_nothing()
    {
        foreach (var document in new[] { PutuoPdf.Value, PutuoLayout.Value })
        {
            Events<TablePublished>(document).Select(t => t.Title).Should().Equal("收入支出决算总表", "收入决算表",
                "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
                "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表");
            Events<ThreePublicExpensesStated>(document).Should().BeEmpty("本年度没有财政拨款“三公”经费支出，故本表无数据");
        }
    }
}
