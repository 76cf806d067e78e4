using BudgetLedger.Domain.Checks;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests.Checks;

/// <summary>`check` over the seeds and `check --rules`.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task On_the_seeds_check_gives_the_three_known_findings_grouped_by_rule()
    {
        var store = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store)).ExitCode.Should().Be(0);

        var table = await CliRun.Invoke("check", "--store", store);
        var json = JArray.Parse((await CliRun.Invoke("check", "--store", store, "--format", "json")).Output);
        var one = JArray.Parse((await CliRun.Invoke("check", "--store", store, "--unit", "209105", "--format",
            "json")).Output);

        table.ExitCode.Should().Be(1, "findings are there");
        table.Output.Should().Contain("identity.date: 1").And.Contain("identity.running-costs-placement: 1")
            .And.Contain("3 findings, 0 尾差 hints");
        json.Select(f => (f["year"]!.Value<int>(), f["found"]!.ToString())).Should().BeEquivalentTo(
            [(2022, "10.69%"), (2023, "2023年11月31日"), (2022, "under [20101]人大事务")]);
        one.Should().ContainSingle().Which["ruleId"]!.ToString().Should().Be("identity.running-costs-placement");
    }

    [Fact]
    public async Task The_import_raised_the_seeds_findings_so_check_record_finds_nothing_to_change()
    {
        var store = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store)).ExitCode.Should().Be(0);
        var before = CliRun.Json((await CliRun.Invoke("status", "--store", store, "--format", "json")).Output);

        var record = await CliRun.Invoke("check", "--store", store, "--record");
        var after = CliRun.Json((await CliRun.Invoke("status", "--store", store, "--format", "json")).Output);

        record.Error.Should().Contain("recorded: 0 raised, 0 cleared");
        after["events"]!.Value<long>().Should().Be(before["events"]!.Value<long>());
        before["eventsByType"]!["V1.FindingRaised"]!.Value<long>().Should().Be(3);
    }

    [Fact]
    public async Task An_import_stopped_after_its_documents_is_completed_by_the_next_one()
    {
        // As if killed after the documents' appends and before the findings step: the documents alone.
        var store = Path.Combine(_folder.Path, "killed.db");
        await using (var ledger = BudgetLedger.EventStore.Sqlite.SqliteEventStore.Open(store))
        {
            foreach (var seed in Seeds.All)
            {
                await BudgetLedger.Import.DocumentWriter.Write(ledger,
                    new BudgetLedger.Import.DisclosureImporter().Read(seed, Seeds.Bytes(seed)));
            }
        }

        var again = await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store);
        var status = CliRun.Json((await CliRun.Invoke("status", "--store", store, "--format", "json")).Output);

        again.Output.Should().Contain("0 documents imported, 5 already present");
        status["eventsByType"]!["V1.FindingRaised"]!.Value<long>().Should().Be(3);
    }

    [Fact]
    public async Task Check_rules_lists_the_catalogue_with_each_rules_kind_and_tolerance()
    {
        var json = JArray.Parse((await CliRun.Invoke("check", "--rules", "--format", "json")).Output);
        var table = await CliRun.Invoke("check", "--rules");

        json.Should().HaveCount(RuleCatalogue.All.Count);
        json.Select(r => r["id"]!.ToString()).Should().OnlyHaveUniqueItems()
            .And.Contain(["identity.sum", "cross-document.carryover-continuity", "cross-document.three-public-budget"]);
        json.Should().OnlyContain(r => r["checks"]!.ToString().Length > 20 && r["tolerance"]!.ToString().Length > 0);
        table.Output.Should().Contain($"{RuleCatalogue.All.Count} rules: ");
    }

    public void Dispose() => _folder.Dispose();
}
