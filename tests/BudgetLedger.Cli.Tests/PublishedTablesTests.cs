using System.Text.RegularExpressions;
using BudgetLedger.Import;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

/// <summary>
/// What a document printed is what the ledger shows: every figure of every table comes back at its row and column.
/// </summary>
public sealed partial class PublishedTablesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> SeedDocuments() => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedDocuments))]
    public async Task Every_line_of_the_document_holding_a_figure_comes_back_from_the_report_with_the_same_cells_in_order(
        string seed)
    {
        var ledger = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("import", Seeds.PathOf(seed), "--store", ledger)).ExitCode.Should().Be(0);
        var header = new DisclosureImporter().Read(seed, Seeds.Bytes(seed)).Header;

        var report = await CliRun.Invoke("report", "published", "--unit", header.UnitCode
            ?? header.UnitName, "--year", header.Year.ToString(), "--format", "json", "--store", ledger);

        report.ExitCode.Should().Be(0, report.Error);
        var byLine = JArray.Parse(report.Output).SelectMany(t => t["rows"]!.Zip(t["sources"]!, (row, source) =>
            (Line: source.Value<int>("line"),
                Cells: row.Select(c => c.Value<string>()!).ToList()))).ToDictionary(r => r.Line, r => r.Cells);
        var lines = File.ReadAllText(Seeds.PathOf(seed)).Split('\n');
        var withFigures = lines.Select((text, i) => (Number: i
            + 1, Cells: text.TrimEnd('\r').Split('\t').Select(c => c.Trim()).ToList()))
            .Where(l => l.Cells.Any(c => Figure().IsMatch(c))).ToList();
        withFigures.Should().NotBeEmpty();
        foreach (var (number, cells) in withFigures)
        {
            byLine.Should().ContainKey(number, $"line {number} of {seed} prints figures");
            byLine[number].Should().Equal(cells, $"line {number} of {seed} is reported cell for cell, in order");
        }
    }

    public static TheoryData<string> CorpusDocuments() => [.. Directory.GetFiles(CorpusFolder)
        .Select(Path.GetFileName).OfType<string>().Where(n => n.EndsWith(".pdf", StringComparison.Ordinal)
            || n.EndsWith(".txt", StringComparison.Ordinal))
        .Where(n => !n.Contains("template", StringComparison.Ordinal) && !n.StartsWith("encrypted",
            StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static string CorpusFolder => Path.Combine(Path.GetDirectoryName(Seeds.Folder)!, "tests",
        "BudgetLedger.Import.Tests", "Pdf", "Documents");

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public async Task Every_figure_a_corpus_document_prints_comes_back_from_the_report_on_its_line_in_order(string name)
    {
        var path = Path.Combine(CorpusFolder, name);
        var ledger = Path.Combine(_folder.Path, "ledger.db");
        var import = await CliRun.Invoke("import", path, "--store", ledger);
        import.ExitCode.Should().Be(0, import.Error);
        var text = Import.Text.DisclosureText.Decode(name, await File.ReadAllBytesAsync(path));
        var header = new DisclosureImporter().Read(name, await File.ReadAllBytesAsync(path), text).Header;

        var report = await CliRun.Invoke("report", "published", "--unit", header.UnitCode ?? header.UnitName,
            "--year", header.Year.ToString(), "--format", "json", "--store", ledger);

        report.ExitCode.Should().Be(0, report.Error);
        var byLine = JArray.Parse(report.Output).SelectMany(t => t["rows"]!.Zip(t["sources"]!, (row, source) =>
            (Line: source.Value<int>("line"), Figures: Figures(row.Select(c => c.Value<string>()!)))))
            .ToDictionary(r => r.Line, r => r.Figures);
        var printed = Import.Tables.TableSegmenter.Split(text).SelectMany(t => t.Lines)
            .Select(l => (l.Number, Figures: Figures(l.Cells)))
            .Where(l => l.Figures.Count > 0).ToList();
        printed.Should().NotBeEmpty();
        foreach (var (number, figures) in printed)
        {
            byLine.Should().ContainKey(number, $"line {number} of {name} prints figures");
            byLine[number].Should().Equal(figures, $"line {number} of {name} is reported figure for figure, in order");
        }
    }

    /// <summary>The figures of a line in order (page text puts a whole line in one cell: its words are read).</summary>
    private static List<string> Figures(IEnumerable<string> cells) =>
        cells.SelectMany(c => c.Split(' ')).Where(c => Figure().IsMatch(c)).ToList();

    [Fact]
    public async Task The_work_injury_centres_economic_class_subtotals_come_back_as_printed_not_as_recomputed()
    {
        var ledger = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("import", Seeds.PathOf(Seeds.WorkInjuryCenter2022), "--store",
            ledger)).ExitCode.Should().Be(0);

        var report = await CliRun.Invoke("report", "published", "--unit", "209105", "--year", "2022", "--format",
            "json", "--store", ledger);

        var economic = JArray.Parse(report.Output).Single(t => t.Value<string>("title")!.Contains("基本支出",
            StringComparison.Ordinal));
        var rows = economic["rows"]!.Select(r => r.Select(c => c.Value<string>()!).ToList()).ToList();
        rows.Should().Contain(r => r[0] == "工资福利支出" && r.Contains("625.85"));
        rows.Should().Contain(r => r[0] == "合计" && r.Contains("728.19"));
    }

    [Fact]
    public async Task Reports_print_the_subtotals_the_documents_printed_beside_the_sums_of_their_parts()
    {
        var ledger = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", ledger)).ExitCode.Should().Be(0);

        var budget = await Table(ledger, "budget", "209105", 2022, "基本支出分经济科目表");
        var accounts = await Table(ledger, "final-accounts", "209100", 2022, "支出决算明细表");

        budget.Single(r => r[1] == "合计").Should().Equal("", "合计", "728.19", "633.01", "95.21", "728.22", "-0.03");
        budget.Single(r => r[0] == "301")[2..].Should().StartWith(["625.85"]).And.EndWith(["625.87", "-0.02"]);
        accounts.Single(r => r[0] == "人员经费合计").Should().Equal("人员经费合计", "", "7474.62", "3308.90", "7474.64", "-0.02");
        accounts.Single(r => r[0] == "301").Should().Equal("301", "工资福利支出", "3105.00", "3105.00", "3105.02", "-0.02");
        accounts.Single(r => r[0] == "303").Should().Equal("303", "对个人和家庭的补助", "4369.63", "203.90", "4369.62", "+0.01");
    }

    private static async Task<List<List<string>>> Table(string ledger, string kind, string unit, int year, string title)
    {
        var report = await CliRun.Invoke("report", kind, "--unit", unit, "--year",
            year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--store", ledger);
        report.ExitCode.Should().Be(0, report.Error);
        return JArray.Parse(report.Output).Single(t => t.Value<string>("title")!.Contains(title,
            StringComparison.Ordinal))["rows"]!
            .Select(r => r.Select(c => c.Value<string>()!).ToList()).ToList();
    }

    [GeneratedRegex(@"^-?[\d,]+\.\d+$")]
    private static partial Regex Figure();

    public void Dispose() => _folder.Dispose();
}
