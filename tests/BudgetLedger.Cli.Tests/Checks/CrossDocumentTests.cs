using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests.Checks;

/// <summary>
/// The rules only a ledger can run: a budget against its own final accounts, a year against the next. Agreement
/// passes; an edited figure is caught, at the import of whichever document comes second and by `check`.
/// </summary>
public sealed class CrossDocumentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    [Fact]
    public async Task A_budgets_carryover_that_is_last_years_year_end_balance_passes()
    {
        await Import(SeedPairs.DataCentreFinalAccounts2025(_folder.Path, "42.90"),
            SeedPairs.Copy(_folder.Path, Seeds.DataCenter2026));

        (await Findings("cross-document.carryover-continuity")).Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_edited_year_end_balance_is_caught_whichever_document_comes_second(bool finalAccountsFirst)
    {
        var final = SeedPairs.DataCentreFinalAccounts2025(_folder.Path, "52.90");
        var budget = SeedPairs.Copy(_folder.Path, Seeds.DataCenter2026);
        var first = await Import(finalAccountsFirst ? final : budget);
        var second = await Import(finalAccountsFirst ? budget : final);

        var findings = await Findings("cross-document.carryover-continuity");

        first.Should().NotContain("across documents");
        second.Should().Contain("finding across documents (cross-document.carryover-continuity")
            .And.Contain("expected 52.90, found 42.90");
        findings.Should().ContainSingle();
        findings[0]["year"]!.Value<int>().Should().Be(2026);
        findings[0]["place"]!.ToString().Should().Be("上年结转");
        findings[0]["documents"]!.Select(d => d.ToString()).Should().Equal("2025-data-centre-final-accounts.txt",
            Seeds.DataCenter2026);
    }

    [Fact]
    public async Task A_final_accounts_three_public_budget_that_is_the_published_budget_passes()
    {
        await Import(SeedPairs.Copy(_folder.Path, Seeds.SocialInsuranceBureau2022),
            SeedPairs.BureauBudget2022(_folder.Path, asTheFinalAccountsSay: true));

        (await Findings("cross-document.three-public-budget")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_three_public_budget_the_final_accounts_report_differently_is_caught_item_by_item()
    {
        await Import(SeedPairs.BureauBudget2022(_folder.Path, asTheFinalAccountsSay: false),
            SeedPairs.Copy(_folder.Path, Seeds.SocialInsuranceBureau2022));

        var findings = await Findings("cross-document.three-public-budget");

        // The budget prints 公务接待费 1.00 and 合计 1.00; the final accounts' 预算数 are 0.54 and 1.39. The vehicle
        // lines the budget leaves blank are not compared.
        findings.Select(f => (f["place"]!.ToString(), f["expected"]!.ToString(), f["found"]!.ToString()))
            .Should().BeEquivalentTo([("三公 合计", "1.00", "1.39"), ("三公 公务接待费", "1.00", "0.54")]);
    }

    [Fact]
    public async Task Last_years_figure_as_this_years_notes_state_it_is_checked_against_last_years_own_budget()
    {
        await Import(SeedPairs.DataCentreBudget2025(_folder.Path, asThe2026NotesSay: false),
            SeedPairs.Copy(_folder.Path, Seeds.DataCenter2026));

        var findings = await Findings("cross-document.stated-prior-year");

        // 2026 line 406 ff.: “三公”经费预算0.30万元比2025年减少0.20万元, 公务接待费 … 减少0.20万元: 2025 at 0.50; the
        // 2025 budget printed 1.00 for both.
        findings.Select(f => (f["place"]!.ToString(), f["expected"]!.ToString(), f["found"]!.ToString()))
            .Should().BeEquivalentTo([("公务接待费", "1.00", "0.50"), ("财政拨款安排的“三公”经费预算", "1.00", "0.50")]);
    }

    [Fact]
    public async Task Last_years_budget_printing_what_this_years_notes_say_passes()
    {
        await Import(SeedPairs.DataCentreBudget2025(_folder.Path, asThe2026NotesSay: true),
            SeedPairs.Copy(_folder.Path, Seeds.DataCenter2026));

        (await Findings("cross-document.stated-prior-year")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_findings_id_is_the_same_in_another_ledger_holding_the_same_pair()
    {
        await Import(SeedPairs.DataCentreFinalAccounts2025(_folder.Path, "52.90"),
            SeedPairs.Copy(_folder.Path, Seeds.DataCenter2026));
        var other = Path.Combine(_folder.Path, "other.db");
        (await CliRun.Invoke("import", Path.Combine(_folder.Path, Seeds.DataCenter2026),
            Path.Combine(_folder.Path, "2025-data-centre-final-accounts.txt"), "--store", other)).ExitCode
            .Should().Be(0);

        var here = await Findings("cross-document.carryover-continuity");
        var there = await Findings("cross-document.carryover-continuity", other);

        there.Single()["id"]!.ToString().Should().Be(here.Single()["id"]!.ToString());
    }

    [Fact]
    public async Task A_corrected_document_clears_the_finding_it_no_longer_gives_and_keeps_the_one_it_still_gives()
    {
        await Import(SeedPairs.DataCentreFinalAccounts2025(_folder.Path, "52.90"),
            SeedPairs.Copy(_folder.Path, Seeds.DataCenter2026));
        var raised = await Findings("cross-document.carryover-continuity");
        var identity = (await Findings("identity.sum")).Single();
        var corrected = Path.Combine(_folder.Path, "corrected");
        Directory.CreateDirectory(corrected);

        var output = await Import(SeedPairs.DataCentreFinalAccounts2025(corrected, "42.90"));
        var log = await CliRun.Invoke("log", "--store", Store, "--format", "jsonl");
        var lifecycle = log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse)
            .Where(e => e["stream"]!.ToString().StartsWith("findings-", StringComparison.Ordinal))
            .Select(e => (e["type"]!.ToString(), e["data"]!["findingId"]!.ToString())).ToList();

        output.Should().Contain("finding cleared (cross-document.carryover-continuity");
        (await Findings("cross-document.carryover-continuity")).Should().BeEmpty();
        // The corrected final accounts still break 总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (only the
        // 年末结转和结余 was edited): the same finding, by the same id, stays open — raised once, never cleared.
        (await Findings("identity.sum")).Single()["id"]!.ToString().Should().Be(identity["id"]!.ToString());
        lifecycle.Should().ContainInOrder(("V1.FindingRaised", raised.Single()["id"]!.ToString()),
            ("V1.FindingCleared", raised.Single()["id"]!.ToString()));
        lifecycle.Count(e => e.Item2 == identity["id"]!.ToString()).Should().Be(1);
    }

    private async Task<string> Import(params string[] paths)
    {
        var result = await CliRun.Invoke(["import", .. paths, "--store", Store]);
        result.ExitCode.Should().Be(0, result.Error);
        return result.Output;
    }

    private async Task<List<JToken>> Findings(string rule, string? store = null)
    {
        var result = await CliRun.Invoke("check", "--store", store ?? Store, "--format", "json");
        return JArray.Parse(result.Output).Where(f => f["ruleId"]!.ToString() == rule).ToList();
    }

    public void Dispose() => _folder.Dispose();
}
