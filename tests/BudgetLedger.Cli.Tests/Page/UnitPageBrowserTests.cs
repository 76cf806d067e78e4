using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace BudgetLedger.Cli.Tests.Page;

/// <summary>
/// `report html` opened in a real headless Chromium, checked as a person would look at it: the charts are drawn with
/// the figures the read models hold, and the seeds' figures are on the page. Set BUDGET_LEDGER_WRITE_SCREENSHOT=1 to
/// write the screenshot to docs/report-page.png as well.
/// </summary>
public sealed class UnitPageBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    [SkippableFact]
    public async Task The_page_of_209105_draws_its_charts_and_shows_the_seeds_figures()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        await Import();
        var page = await Page("209105");
        var (before, after) = (await Categories("209105", 2022), await Categories("数据中心", 2026));
        var threePublicYears = await ThreePublicBudgets("209105", 2022) + await ThreePublicBudgets("数据中心", 2026);
        var clock = Stopwatch.StartNew();

        await using var browser = await Chromium.Start(Path.Combine(_folder.Path, "profile"));
        await using var devTools = await DevToolsClient.ConnectToPage(browser.Port);
        await devTools.SetViewport(1280, 1600);
        await devTools.Navigate(new Uri(page).AbsoluteUri);
        var canvases = (await devTools.Evaluate<PageCanvas[]>(PageCanvas.Script)).ToDictionary(c => c.Id);
        var text = await devTools.Evaluate<string>("document.body.innerText");
        var rows = await devTools.Evaluate<string[][]>(
            "[...document.querySelectorAll('tr')].map(r => [...r.cells].map(c => c.innerText))");
        var screenshot = await devTools.Screenshot();
        output.WriteLine($"browser: {clock.ElapsedMilliseconds} ms from start to screenshot");

        canvases.Keys.Should().BeEquivalentTo(["chart-structure", "chart-totals", "chart-three-public"],
            "209105 has no final accounts in the seeds, so the page says so instead of drawing that chart");
        canvases.Values.Should().OnlyContain(c => c.Painted > 1000, "every chart is drawn");
        canvases["chart-structure"].Should().Match<PageCanvas>(c => c.Labels == 2
            && c.Points == before.Count + after.Count && c.Datasets == before.Union(after).Count());
        canvases["chart-totals"].Should().Match<PageCanvas>(c => c.Labels == 5 && c.Points == 3,
            "2022 to 2026: two years disclosed and 2025 derived from the 2026 statement");
        canvases["chart-three-public"].Should().Match<PageCanvas>(c => c.Labels == 4 && c.Datasets == threePublicYears);
        text.Should().Contain("1,762.94", "the 2022 tables as published").And.Contain("无从对照预算与执行");
        rows.Should().Contain(r => r.Length > 2 && r[0] == "工伤保险业务经办费" && r[1] == "73.23（推算）");
        rows.Should().Contain(r => r.Length == 2 && r[0] == "未解释差额" && r[1] == "2.11");
        await Keep(screenshot);
    }

    [SkippableFact]
    public async Task The_page_of_209100_draws_its_budget_against_its_final_accounts()
    {
        Skip.If(Chromium.Unavailable is not null, Chromium.Unavailable);
        await Import();
        var page = await Page("209100");
        var final = await Tables("final-accounts", "209100", 2022);
        var evaluations = final.First(t => (string)t["title"]! == "2022年项目支出绩效自评")["rows"]!.Count();
        var threePublicActual = final.First(t => ((string)t["title"]!).Contains("三公", StringComparison.Ordinal))
            ["rows"]!.Any(r => (string?)r[2] is { Length: > 0 }) ? 1 : 0;

        await using var browser = await Chromium.Start(Path.Combine(_folder.Path, "profile"));
        await using var devTools = await DevToolsClient.ConnectToPage(browser.Port);
        await devTools.Navigate(new Uri(page).AbsoluteUri);
        var canvases = (await devTools.Evaluate<PageCanvas[]>(PageCanvas.Script)).ToDictionary(c => c.Id);

        var execution = canvases["chart-execution"];
        execution.Painted.Should().BeGreaterThan(1000);
        execution.Labels.Should().Be(1 + threePublicActual + evaluations, "the year's total, 三公 and each project");
        execution.Datasets.Should().Be(2);
        execution.Points.Should().BeGreaterThanOrEqualTo(execution.Labels, "every bar has its executed figure");
    }

    private async Task Import() =>
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store)).ExitCode.Should().Be(0);

    private async Task<string> Page(string unit)
    {
        var path = Path.Combine(_folder.Path, $"{unit}.html");
        var result = await CliRun.Invoke("report", "html", "--unit", unit, "--out", path, "--store", Store);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }

    private async Task<JArray> Tables(string kind, string unit, int year)
    {
        var result = await CliRun.Invoke("report", kind, "--unit", unit, "--year", $"{year}", "--format", "json",
            "--store", Store);
        result.ExitCode.Should().Be(0, result.Error);
        return JArray.Parse(result.Output);
    }

    /// <summary>The functional categories (类) of the year's 预算支出总表, as the read models give them.</summary>
    private async Task<HashSet<string>> Categories(string unit, int year) =>
        (await Tables("budget", unit, year)).First(t => (string)t["title"]! == $"{year}年预算支出总表")["rows"]!
            .Select(r => (string)r[0]!).Where(c => c.Length == 3).ToHashSet();

    private async Task<int> ThreePublicBudgets(string unit, int year) =>
        (await Tables("budget", unit, year)).Count(t => ((string)t["title"]!).Contains("三公", StringComparison.Ordinal)
            && t["rows"]!.Any());

    private async Task Keep(byte[] screenshot)
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "report-page.png"), screenshot);
        if (Environment.GetEnvironmentVariable("BUDGET_LEDGER_WRITE_SCREENSHOT") == "1")
        {
            var docs = Path.Combine(Path.GetDirectoryName(CliRun.SeedsFolder())!, "docs");
            Directory.CreateDirectory(docs);
            await File.WriteAllBytesAsync(Path.Combine(docs, "report-page.png"), screenshot);
        }
    }

    public void Dispose() => _folder.Dispose();
}
