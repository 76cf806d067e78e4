using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Seed(string name) => Path.Combine(SeedsFolder(), name);

    private static string SeedsFolder() => CliRun.SeedsFolder();

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    [Fact]
    public async Task The_budget_report_shows_the_disclosure_tables_with_their_figures()
    {
        await CliRun.Invoke("import", SeedsFolder(), "--store", Store);

        var result = await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", Store,
            "--format", "json");
        var tables = JArray.Parse(result.Output);

        result.ExitCode.Should().Be(0, result.Error);
        var expenditure = tables.Single(t => t.Value<string>("title") == "2022年一般公共预算支出预算表（不含上年结转）");
        expenditure["rows"]!.Should()
            .Contain(r => r[0]!.Value<string>() == "2080108" && r[4]!.Value<string>() == "956.00");
        expenditure["rows"]![0]!.Select(c => c.Value<string>()).Should()
            .Equal("", "合计", "1762.94", "728.19", "1034.75");
        tables.Single(t => t.Value<string>("title")!.Contains("三公"))["rows"]!.Should()
            .Contain(r => r[0]!.Value<string>() == "公务接待费" && r[1]!.Value<string>() == "1.00");
    }

    [Fact]
    public async Task The_final_accounts_report_shows_execution_and_the_year_end_balance()
    {
        await CliRun.Invoke("import", SeedsFolder(), "--store", Store);

        var result = await CliRun.Invoke("report", "final-accounts", "--unit", "山西省社会保险局", "--year", "2022",
            "--store", Store);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("8662.13").And.Contain("687.57").And.Contain("社会保险经办专项业务工作经费")
            .And.Contain("221.51");
        result.Output.Should().MatchRegex(@"年末结转和结余\s+687\.57");
    }

    [Fact]
    public async Task The_findings_report_holds_every_finding_the_log_recorded_for_the_unit_and_year()
    {
        await CliRun.Invoke("import", SeedsFolder(), "--store", Store);
        var recorded = (await CliRun.Invoke("findings", "--store", Store, "--format", "jsonl")).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();

        recorded.Should().HaveCount(3);
        foreach (var unitYear in recorded.GroupBy(f =>
            (Unit: f.Value<string>("unitId")!, Year: f.Value<int>("fiscalYear"))))
        {
            var result = await CliRun.Invoke("report", "findings", "--unit", unitYear.Key.Unit,
                "--year", unitYear.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--store", Store, "--format", "json");
            result.ExitCode.Should().Be(0, result.Error);
            var rows = JArray.Parse(result.Output).Single()["rows"]!
                .Select(r => (Rule: r[3]!.Value<string>(), Found: r[5]!.Value<string>())).ToList();
            rows.Should().BeEquivalentTo(
                unitYear.Select(f => (Rule: f.Value<string>("rule"), Found: f.Value<string>("actual"))));
        }
    }

    [Fact]
    public async Task As_of_a_position_the_report_shows_only_what_the_ledger_held_then_and_the_live_models_stay()
    {
        await CliRun.Invoke("import", Seed("2022-shanxi-work-injury-center-budget.txt"), "--store", Store);
        var then = CliRun.Json((await CliRun.Invoke("status", "--store", Store, "--format", "json")).Output)
            .Value<string>("position")!;
        await CliRun.Invoke("import", SeedsFolder(), "--store", Store);
        await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", Store);
        var liveFile = Store + ".readmodels";
        var liveBefore = await File.ReadAllBytesAsync(liveFile);

        var past = await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", Store,
            "--as-of", then);
        var absent = await CliRun.Invoke("report", "final-accounts", "--unit", "山西省社会保险局", "--year", "2022",
            "--store", Store, "--as-of", then);
        var csv = await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", Store,
            "--as-of", then, "--format", "csv");

        past.ExitCode.Should().Be(0, past.Error);
        past.Output.Should().Contain("1762.94");
        absent.ExitCode.Should().Be(1);
        absent.Error.Should().Contain("no unit matches '山西省社会保险局' as of " + then);
        csv.Output.Should().Contain("2080108,信息化建设,956.00,,956.00");
        (await File.ReadAllBytesAsync(liveFile)).Should().Equal(liveBefore,
            "an as-of report never touches the live read models");
    }

    [Fact]
    public async Task Rebuild_replays_the_log_into_read_models_equal_to_the_incremental_ones()
    {
        await CliRun.Invoke("import", Seed("2022-shanxi-work-injury-center-budget.txt"), "--store", Store);
        await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", Store);
        await CliRun.Invoke("import", SeedsFolder(), "--store", Store);
        var incremental = (await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022",
            "--store", Store, "--format", "json")).Output;

        var rebuild = await CliRun.Invoke("rebuild", "--store", Store);
        var rebuilt = (await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022",
            "--store", Store, "--format", "json")).Output;

        rebuild.Output.Should().Contain("rebuilt 5 unit read models").And.Contain("0 events could not be projected");
        rebuilt.Should().Be(incremental);
    }

    public void Dispose() => _folder.Dispose();
}
