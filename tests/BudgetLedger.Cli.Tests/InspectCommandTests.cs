using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

/// <summary>inspect shows, without writing, what a document holds and what import would do with it.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private const string ChangshaPdf = "2026-hunan-changsha-vocational-education-base-office-budget.pdf";
    private readonly TempFolder _folder = new();

    private static string PdfPath(string name) =>
        Path.Combine(Path.GetDirectoryName(Seeds.Folder)!, "tests", "BudgetLedger.Import.Tests", "Pdf", "Documents",
            name);

    [Fact]
    public async Task Inspecting_a_seed_lists_each_table_with_the_national_table_it_is_and_what_import_would_write()
    {
        var result = await CliRun.Invoke("inspect", Seeds.PathOf(Seeds.WorkInjuryCenter2022));

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("15 tables): import would write 55 events, 2 尾差 warnings, 1 findings")
            .And.MatchRegex(@"(?m)^6\s+1\s+152\s+一般公共预算安排基本支出分经济科目表\s+一般公共预算基本支出分经济科目表"
                + @"\s+万元\s+31\s+3\s+2\s+2\s+0\s*$", "31 rows, 3 columns, 2 identities held, 2 尾差, no finding");
    }

    [Fact]
    public async Task Inspecting_a_pdf_reads_its_tables_by_page_and_says_why_a_table_is_not_interpreted()
    {
        var result = await CliRun.Invoke("inspect", PdfPath(ChangshaPdf), "--format", "json");

        result.ExitCode.Should().Be(0, "import would take it");
        var inspection = JArray.Parse(result.Output).Single();
        inspection.Value<string>("format").Should().Be("PDF");
        inspection.Value<int>("pages").Should().Be(25);
        inspection.Value<string>("refusal").Should().BeNull();
        var revenue = inspection["tables"]!.Single(t => t.Value<string>("title") == "2026年部门收入总体情况表");
        (revenue.Value<string>("kind"), revenue.Value<string>("titleNames"), revenue.Value<string>(
            "notInterpretedBecause")).Should().Be((null, "预算收入总表", "its header names no 一般公共预算 column"));
        inspection["tables"]!.Should().NotContain(t => t.Value<string>("title") == "1、部门收支总表", "a contents entry is "
            + "no table");
        var threePublic = inspection["tables"]!.Single(t => t.Value<string>("title") == "2026年一般公共预算“三公”经费支出情况表");
        (threePublic.Value<int>("page"), threePublic.Value<string>("titleNames"),
            threePublic.Value<string>("unit")).Should().Be((20, "“三公”经费支出表", "万元"));
    }

    [Fact]
    public async Task Importing_a_pdf_that_would_be_refused_writes_nothing_and_says_why()
    {
        var ledger = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("init", "--store", ledger)).ExitCode.Should().Be(0);

        const string template = "2024-shanghai-final-accounts-template.pdf";
        var result = await CliRun.Invoke("import", PdfPath(template), "--store", ledger);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"{template}: refused, nothing written: {template}: a template, not a "
            + "disclosure");
        CliRun.Json((await CliRun.Invoke("status", "--format", "json", "--store",
            ledger)).Output).Value<long>("events").Should().Be(0);
    }

    [Fact]
    public async Task The_national_template_is_read_table_by_table_and_refused_as_a_template_naming_its_placeholder()
    {
        var result = await CliRun.Invoke("inspect", PdfPath("2024-shanghai-final-accounts-template.pdf"), "--format",
            "json");

        result.ExitCode.Should().Be(1);
        var inspection = JArray.Parse(result.Output).Single();
        inspection.Value<string>("refusal").Should().Contain("a template, not a disclosure: the unit '上海市 XX 局' "
            + "holds the placeholder 'XX'");
        inspection["tables"]!.Select(t => t.Value<string>("title")).Should().Contain(["收入支出决算总表", "财政拨款收入支出决算总表"]);
    }

    [Fact]
    public async Task A_pdf_and_its_pdftotext_layout_text_give_the_same_tables_on_the_same_pages()
    {
        const string putuo = "2024-shanghai-putuo-social-work-dept-final-accounts";

        var result = await CliRun.Invoke("inspect", PdfPath(putuo + ".pdf"), PdfPath(putuo
            + ".layout.txt"), "--format", "json");

        var (pdf, text) = (JArray.Parse(result.Output)[0], JArray.Parse(result.Output)[1]);
        static IEnumerable<string> Tables(JToken d)
            => d["tables"]!.Select(t => $"{t["title"]}|{t["page"]}|{t["kind"]}|{t["unit"]}");
        Tables(pdf).Should().Equal(Tables(text)).And.HaveCount(9);
        pdf.Value<int>("pages").Should().Be(24).And.Be(text.Value<int>("pages"));
    }

    public void Dispose() => _folder.Dispose();
}
