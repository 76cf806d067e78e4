using System.Net;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests.Serving;

/// <summary>
/// `serve` on the seeds, through a real server on loopback: every read answers what the CLI answers for the same
/// question, stamped with the log point it was built from.
/// </summary>
public sealed class ServeReadTests(ServedLedger ledger) : IClassFixture<ServedLedger>
{
    private const string DataCentre = "%E6%95%B0%E6%8D%AE%E4%B8%AD%E5%BF%83";
    private static readonly string HandlingFee = Uri.EscapeDataString("工伤保险业务经办费");

    [Fact]
    public async Task Every_answer_names_the_position_and_digests_status_prints()
    {
        var status = await ledger.Cli("status");

        var answer = await ledger.Get("api/status");

        answer["position"]!.ToString().Should().Be(status["position"]!.ToString());
        answer["digest"]!.ToString().Should().Be(status["digest"]!.ToString());
        answer["content"]!.ToString().Should().Be(status["content"]!.ToString());
        answer["answer"]!["events"]!.Value<long>().Should().Be(status["events"]!.Value<long>());
        answer["answer"]!["documents"]!.Value<long>().Should().Be(5);
    }

    [Fact]
    public async Task The_budget_report_is_the_clis_with_the_printed_total_and_the_typed_figures()
    {
        var cli = await ledger.Cli("report", "budget", "--unit", "209105", "--year", "2022");

        var answer = (await ledger.Get("api/units/209105/years/2022/budget"))["answer"]!;

        JToken.DeepEquals(answer["tables"], cli).Should().BeTrue();
        answer["tables"]![0]!.ToString().Should().Contain("1762.94");
        answer["figures"]!["appropriations"]!.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("final-accounts", "209100")]
    [InlineData("published", "209100")]
    [InlineData("findings", "209100")]
    public async Task Each_yearly_report_is_the_clis(string kind, string unit)
    {
        var cli = await ledger.Cli("report", kind, "--unit", unit, "--year", "2022");

        var answer = (await ledger.Get($"api/units/{unit}/years/2022/{kind}"))["answer"]!;

        JToken.DeepEquals(answer["tables"], cli).Should().BeTrue();
    }

    [Fact]
    public async Task Variance_is_the_clis_with_the_derived_figure_and_the_residual()
    {
        var cli = await ledger.Cli("variance", "--unit", "数据中心", "--from", "2025", "--to", "2026");

        var answer = (await ledger.Get($"api/units/{DataCentre}/variance?from=2025&to=2026"))["answer"]!;

        JToken.DeepEquals(answer, cli).Should().BeTrue();
        answer["reconciliation"]!["residual"]!.Value<decimal>().Should().Be(2.11m);
        answer.ToString().Should().Contain("73.23").And.Contain("derived");
    }

    [Fact]
    public async Task Trace_by_project_and_by_line_are_the_clis()
    {
        var project = await ledger.Cli("trace", "--project", "工伤保险业务经办费", "--from", "2022", "--to", "2026");
        var line = await ledger.Cli("trace", "--unit", "209100", "--line", "2080107", "--from", "2022", "--to", "2026");

        var byProject = await ledger.Get($"api/trace?project={HandlingFee}&from=2022&to=2026");
        var byLine = await ledger.Get("api/trace?unit=209100&line=2080107&from=2022&to=2026");

        JToken.DeepEquals(byProject["answer"], project).Should().BeTrue();
        JToken.DeepEquals(byLine["answer"], line).Should().BeTrue();
    }

    [Fact]
    public async Task Units_are_found_by_code_or_name_with_their_lineage_and_years()
    {
        var all = (JArray)(await ledger.Get("api/units"))["answer"]!;
        var found = (JArray)(await ledger.Get($"api/units?q={DataCentre}"))["answer"]!;
        var one = (await ledger.Get("api/units/209105"))["answer"]!;
        var years = (JArray)(await ledger.Get("api/units/209100/years"))["answer"]!;

        all.Should().HaveCount(5);
        found.Should().ContainSingle().Which["name"]!.ToString().Should().Contain("数据中心");
        one["lineage"]!.Should().ContainSingle().Which["successor"]!.ToString().Should().Be(
            found[0]!["unitId"]!.ToString());
        years.Select(y => y.Value<int>()).Should().Equal(2022, 2026);
    }

    [Fact]
    public async Task The_log_pages_from_a_position_as_log_prints_it_and_findings_are_the_recorded_ones()
    {
        var page = (await ledger.Get("api/log?after=10&limit=5"))["answer"]!;
        var findings = (JArray)(await ledger.Get("api/findings"))["answer"]!;
        var cliFindings = await CliRun.Invoke("findings", "--store", ledger.Store, "--format", "jsonl");

        page["events"]!.Select(e => e["position"]!.ToString()).Should().Equal("11", "12", "13", "14", "15");
        page["next"]!.Value<ulong>().Should().Be(15);
        page["events"]![0]!["hash"]!.ToString().Should().MatchRegex("^[0-9a-f]{64}$");
        findings.Should().HaveCount(cliFindings.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length)
            .And.NotBeEmpty();
    }

    [Fact]
    public async Task Check_is_the_clis_with_the_findings_stable_ids()
    {
        var cli = ServedLedger.Parse((await CliRun.Invoke("check", "--store", ledger.Store, "--format", "json"))
            .Output);

        var answer = (await ledger.Get("api/check"))["answer"]!;
        var one = (JArray)(await ledger.Get("api/check?unit=209105"))["answer"]!;

        JToken.DeepEquals(answer, cli).Should().BeTrue();
        answer.Should().HaveCount(3);
        one.Should().ContainSingle().Which["ruleId"]!.ToString().Should().Be("identity.running-costs-placement");
    }

    [Fact]
    public async Task An_earlier_position_gives_the_earlier_figures_and_names_that_position()
    {
        var cli = await ledger.Cli("report", "budget", "--unit", "209105", "--year", "2022", "--as-of", "100");

        var then = await ledger.Get("api/units/209105/years/2022/budget?asOf=100");
        var units = (JArray)(await ledger.Get("api/units?asOf=100"))["answer"]!;
        using var dataCentre = await ledger.Client.GetAsync($"api/units/{DataCentre}?asOf=100");

        then["position"]!.Value<ulong>().Should().Be(100);
        then["asOf"]!.ToString().Should().Be("100");
        then["digest"]!.ToString().Should().NotBe((await ledger.Get("api/status"))["digest"]!.ToString());
        JToken.DeepEquals(then["answer"]!["tables"], cli).Should().BeTrue();
        units.Select(u => u["code"]!.ToString()).Should().Equal(["209100", "209105"],
            "only the first two documents were in the log at position 100");
        dataCentre.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unchanged_position_answers_304_and_a_stale_tag_gets_the_answer()
    {
        using var first = await ledger.Client.GetAsync("api/units/209105/years");
        var tag = first.Headers.ETag!.Tag;
        using var same = new HttpRequestMessage(HttpMethod.Get, "api/units/209105/years");
        same.Headers.TryAddWithoutValidation("If-None-Match", tag);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "api/units/209105/years");
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"1\"");

        using var notModified = await ledger.Client.SendAsync(same);
        using var modified = await ledger.Client.SendAsync(stale);

        tag.Should().Be($"\"{(await ledger.Get("api/status"))["position"]}\"");
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsStringAsync()).Should().BeEmpty();
        modified.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("api/units/nothing-like-it", 404, "unit", "nothing-like-it", "--year", "2022")]
    [InlineData("api/units/209105/years/2019/budget", 404, "unit", "209105", "--year", "2019")]
    public async Task Errors_are_problem_details_with_the_clis_message(string path, int status, params string[] _)
    {
        var cli = await CliRun.Invoke("report", "budget", "--unit", _[1], "--year", _[3], "--store", ledger.Store);

        using var response = await ledger.Client.GetAsync(path);
        var problem = ServedLedger.Parse(await response.Content.ReadAsStringAsync());

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        cli.Error.Trim().Should().Be($"error: {problem["detail"]}");
    }

    [Fact]
    public async Task A_server_that_is_not_a_cluster_node_says_so_when_asked_for_the_cluster()
    {
        using var response = await ledger.Client.GetAsync("api/cluster");
        var problem = ServedLedger.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        problem["detail"]!.ToString().Should().Contain("not a cluster node").And.Contain("--cluster");
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_asOf()
    {
        var document = await ledger.Get("openapi/v1.json");

        var paths = ((JObject)document["paths"]!).Properties().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/units", "/api/units/{unit}", "/api/units/{unit}/years",
            "/api/units/{unit}/years/{year}/{kind}", "/api/units/{unit}/variance", "/api/trace", "/api/status",
            "/api/log", "/api/findings", "/api/check", "/api/feed", "/api/cluster", "/api/documents", "/api/records"]);
        document["paths"]!["/api/trace"]!["get"]!["parameters"]!.Select(p => p["name"]!.ToString())
            .Should().Contain("asOf");
    }

    [Fact]
    public async Task The_report_page_is_served_as_report_html_writes_it()
    {
        var written = Path.Combine(Path.GetDirectoryName(ledger.Store)!, "209105.html");
        (await CliRun.Invoke("report", "html", "--unit", "209105", "--out", written, "--store", ledger.Store))
            .ExitCode.Should().Be(0);

        using var response = await ledger.Client.GetAsync("units/209105/report.html");
        var page = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Should().Be(await File.ReadAllTextAsync(written)).And.Contain("1,762.94");
    }

    [Fact]
    public void The_server_listens_on_loopback_only_unless_told()
    {
        ledger.Addresses.Should().OnlyContain(a => new Uri(a).Host == "127.0.0.1");
        new Uri(BudgetLedger.Serving.ServerOptions.DefaultUrls).IsLoopback.Should().BeTrue();
    }
}
