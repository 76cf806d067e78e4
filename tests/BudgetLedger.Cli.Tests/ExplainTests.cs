using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

/// <summary>variance and trace over the seeds and their record file: the story of the work-injury function.</summary>
public sealed partial class ExplainTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    private static string Notes2026 =>
        File.ReadAllLines(Path.Combine(CliRun.SeedsFolder(), "2026-shanxi-hrss-data-center-budget.txt"))
            .First(l => l.Contains("比上年减少", StringComparison.Ordinal) && l.Contains("划转", StringComparison.Ordinal));

    /// <summary>A figure the 2026 notes state after the given words ("工伤保险业务经办费减少" → 53.23).</summary>
    private static decimal Stated(string after) =>
        decimal.Parse(Regex.Match(Notes2026, Regex.Escape(after) + @"(?<amount>[\d,]+(\.\d+)?)万元").Groups["amount"]
            .Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private async Task<JObject> Json(params string[] args)
    {
        var result = await CliRun.Invoke([.. args, "--store", Store, "--format", "json"]);
        result.ExitCode.Should().Be(0, result.Error);
        return CliRun.Json(result.Output);
    }

    [Fact]
    public async Task The_trace_of_the_handling_fee_runs_from_the_work_injury_centre_in_2022_to_the_data_centre_in_2026_naming_the_transfer()
    {
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store)).ExitCode.Should().Be(0);

        var trace = await Json("trace", "--project", "工伤保险业务经办费", "--unit", "209105", "--from", "2022", "--to", "2026");

        var years = trace["years"]!.ToDictionary(y => y.Value<int>("year"));
        years[2022].Value<decimal>("amount").Should().Be(42.45m, "424500 元 in the 2022 target table of 工伤业务保险经办费");
        years[2022].Value<string>("unit").Should().Be("山西省工伤保险管理服务中心");
        years[2023].Value<string>("status").Should().Be("missing");
        years[2023]["amount"]!.Type.Should().Be(JTokenType.Null, "a year without a disclosure is missing, not zero");
        years[2025].Value<string>("status").Should().Be("derived");
        years[2025].Value<decimal>("amount").Should()
            .Be(years[2026].Value<decimal>("amount") + Stated("工伤保险业务经办费减少")).And.Be(73.23m);
        years[2026].Value<decimal>("amount").Should().Be(20.00m);
        years[2026].Value<string>("unit").Should().StartWith("山西省人力资源和社会保障数据中心");
        var steps = trace["steps"]!.ToList();
        steps.Should().Contain(s => s.Value<string>("kind") == "职能划转"
            && s.Value<decimal>("amount") == Stated("工伤保险业务经办费减少")
            && s.Value<string>("description")!.Contains("山西省社会保险局"));
        steps.Should().Contain(s => s.Value<string>("kind") == "绩效目标表年度资金"
            && s.Value<string>("description") == "工伤业务保险经办费" && s.Value<string>("match")!.Contains("别名"));
        steps.Should().Contain(s => s.Value<string>("kind") == "更名");
    }

    [Fact]
    public async Task Without_a_unit_the_trace_follows_only_the_units_that_name_the_project()
    {
        await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store);

        var trace = await Json("trace", "--project", "工伤保险业务经办费", "--from", "2022", "--to", "2026");

        trace["units"]!.Select(u => u.Value<string>()).Should().NotContain(
            u => u!.StartsWith("忻州", StringComparison.Ordinal), "the Xinzhou units never name this project");
        trace["years"]!.Single(y => y.Value<int>("year") == 2023).Value<string>("status").Should().Be("missing");
    }

    [Fact]
    public async Task Without_the_alias_the_drifted_name_still_matches_by_its_normalised_form_and_says_so()
    {
        (await CliRun.Invoke("import", Path.Combine(CliRun.SeedsFolder(), "2022-shanxi-work-injury-center-budget.txt"),
            "--store", Store)).ExitCode.Should().Be(0);

        var trace = await Json("trace", "--project", "工伤保险业务经办费", "--from", "2022", "--to", "2022");

        trace["years"]![0]!.Value<decimal>("amount").Should().Be(42.45m);
        trace["steps"]!.Single().Value<string>("match").Should().Contain("规范化名称相同");
    }

    [Fact]
    public async Task The_variance_of_the_data_centre_against_2025_reconciles_its_stated_reasons_and_shows_the_residual()
    {
        await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store);

        var variance = await Json("variance", "--unit", "数据中心", "--from", "2025", "--to", "2026");

        variance["from"]!.Value<string>("status").Should().Be("derived");
        variance["from"]!.Value<decimal>("total").Should()
            .Be(variance["to"]!.Value<decimal>("total") + Stated("比上年减少"));
        var reconciliation = variance["reconciliation"]!;
        reconciliation.Value<decimal>("computed").Should().Be(-Stated("比上年减少")).And.Be(-148.58m);
        reconciliation.Value<decimal>("stated").Should().Be(-150.69m);
        reconciliation.Value<decimal>("residual").Should().Be(2.11m);
        variance["projects"]!.Should().Contain(p => p.Value<string>("name") == "工伤认定、劳动能力鉴定数据治理费"
            && p.Value<string>("attribution") == "划出 198.06");
        variance["projects"]!.Should().Contain(p => p.Value<string>("name") == "人社数据工作经费"
            && p.Value<string>("attribution") == "新增项目");
    }

    [Fact]
    public async Task The_bureaus_variance_lists_the_incoming_transfer_and_marks_its_missing_years_missing()
    {
        await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store);

        var variance = await Json("variance", "--unit", "209100", "--from", "2025", "--to", "2026");

        variance["from"]!.Value<string>("status").Should().Be("missing");
        variance["to"]!.Value<string>("status").Should().Be("missing");
        variance["to"]!["total"]!.Type.Should().Be(JTokenType.Null);
        variance["reconciliation"]!["computed"]!.Type.Should().Be(JTokenType.Null);
        variance["events"]!.Should().ContainSingle(e => e.Value<string>("kind") == "划入")
            .Which.Value<decimal>("amount").Should().Be(Stated("合计减少")).And.Be(277.59m);
        variance["projects"]!.Should()
            .OnlyContain(p => p["from"]!.Type == JTokenType.Null && p["to"]!.Type == JTokenType.Null);
    }

    [Fact]
    public async Task Trace_and_variance_are_the_same_live_after_rebuild_and_as_of_the_current_position()
    {
        await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store);
        var position = CliRun.Json((await CliRun.Invoke("status", "--store", Store, "--format", "json")).Output)
            .Value<string>("position")!;
        string[] variance = ["variance", "--unit", "209105", "--from", "2022", "--to", "2026"];
        string[] trace = ["trace", "--project", "工伤保险业务经办费", "--from", "2022", "--to", "2026"];

        var live = (await Json(variance)).ToString() + (await Json(trace));
        (await CliRun.Invoke("rebuild", "--store", Store)).ExitCode.Should().Be(0);
        var rebuilt = (await Json(variance)).ToString() + (await Json(trace));
        var asOf = (await Json([.. variance, "--as-of", position])).ToString()
            + (await Json([.. trace, "--as-of", position]));

        rebuilt.Should().Be(live);
        asOf.Should().Be(live);
    }

    public void Dispose() => _folder.Dispose();
}
