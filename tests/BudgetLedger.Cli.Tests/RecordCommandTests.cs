using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

public sealed class RecordCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    private static string StoryFile => Path.Combine(CliRun.SeedsFolder(), "shanxi-work-injury-transfer.records.json");

    private async Task<string> Position() =>
        CliRun.Json((await CliRun.Invoke("status", "--store", Store, "--format", "json")).Output)
            .Value<string>("position")!;

    private async Task ImportDocuments()
    {
        foreach (var seed in Directory.GetFiles(CliRun.SeedsFolder(), "*.txt"))
        {
            (await CliRun.Invoke("import", seed, "--store", Store)).ExitCode.Should().Be(0);
        }
    }

    /// <summary>The seeds' story with one entry changed.</summary>
    private string Altered(Action<JObject> change, string name)
    {
        var story = JObject.Parse(File.ReadAllText(StoryFile));
        change(story);
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, story.ToString());
        return path;
    }

    [Fact]
    public async Task Recording_the_same_transfer_file_twice_writes_nothing_the_second_time()
    {
        await ImportDocuments();

        var first = await CliRun.Invoke("record", StoryFile, "--store", Store);
        var after = await Position();
        var second = await CliRun.Invoke("record", StoryFile, "--store", Store);

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Contain("3 entries recorded, 0 already present");
        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("0 entries recorded, 3 already present");
        (await Position()).Should().Be(after);
    }

    [Theory]
    [InlineData("unknown unit", "to", "209999",
        "entry 2 ('2026-work-injury-handling-to-social-insurance-bureau'): to: no unit '209999' in the ledger")]
    [InlineData("negative amount", "amount", "-53.23", "lines[0].amount: -53.23 is not positive")]
    [InlineData("year before the unit existed", "year", "2019", "year: 2019 is before")]
    public async Task A_bad_transfer_is_refused_with_file_entry_field_and_rule_and_nothing_is_written(
        string _, string field, string value, string expected)
    {
        await ImportDocuments();
        var before = await Position();
        var path = Altered(story =>
        {
            var transfer = (JObject)story["entries"]![1]!;
            var target = field == "amount" ? (JObject)transfer["lines"]![0]! : transfer;
            target[field] = field == "year"
                ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value;
        }, "bad.records.json");

        var result = await CliRun.Invoke("record", path, "--store", Store);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("refused, nothing written: bad.records.json: ").And.Contain(expected);
        (await Position()).Should().Be(before, "the good entries of a refused file are not written either");
    }

    [Fact]
    public async Task An_entry_recorded_before_is_never_rewritten_a_correction_reverses_it_and_the_variance_follows()
    {
        await ImportDocuments();
        await CliRun.Invoke("record", StoryFile, "--store", Store);
        var changed = Altered(story => story["entries"]![1]!["lines"]![0]!["amount"] = "50.00", "changed.records.json");

        var rewrite = await CliRun.Invoke("record", changed, "--store", Store);
        var transferId = (await CliRun.Invoke("log", "--store", Store, "--format", "jsonl", "--stream",
                "record-2026-work-injury-handling-to-social-insurance-bureau")).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(CliRun.Json).Single().Value<string>("eventId")!;
        var correction = await CliRun.Invoke("record", "correction", "--id", "undo-transfer", "--recorded-by", "test",
            "--unit", "209100", "--event", transferId,
            "--reason", "entered against the wrong year", "--basis-quote", "test", "--store", Store);
        var variance = CliRun.Json((await CliRun.Invoke("variance", "--unit", "209100", "--from", "2025",
            "--to", "2026", "--store", Store, "--format", "json")).Output);

        rewrite.ExitCode.Should().Be(1);
        rewrite.Error.Should().Contain("was recorded before").And.Contain("with other content");
        correction.ExitCode.Should().Be(0, correction.Error);
        variance["events"]!.Should().BeEmpty("the reversed transfer no longer counts; it stays in the log");
        CliRun.Json((await CliRun.Invoke("variance", "--unit", "数据中心", "--from", "2025", "--to", "2026",
                "--store", Store, "--format", "json")).Output)["events"]!
            .Should().NotContain(e => e.Value<string>("kind") == "划出",
                "the correction reaches both ends of the transfer");
        (await CliRun.Invoke("log", "--store", Store, "--stream",
                "record-2026-work-injury-handling-to-social-insurance-bureau")).Output
            .Should().Contain("FunctionTransferred");
    }

    [Fact]
    public async Task A_single_entry_goes_in_through_a_sub_command()
    {
        await ImportDocuments();

        var result = await CliRun.Invoke("record", "adjustment", "--id", "bureau-2022-supplement",
            "--recorded-by", "test", "--unit", "209100", "--year", "2022",
            "--class", "2080107", "--class-name", "社会保险业务管理事务", "--expenditure-kind", "projectExpenditure",
            "--kind", "supplement", "--amount", "10.00", "--reason", "追加经办经费",
            "--basis-document", "2022-shanxi-social-insurance-bureau-final-accounts.txt", "--basis-quote", "test",
            "--store", Store);
        var trace = CliRun.Json((await CliRun.Invoke("trace", "--unit", "209100", "--line", "2080107",
            "--from", "2022", "--to", "2022", "--store", Store, "--format", "json")).Output);

        result.ExitCode.Should().Be(0, result.Error);
        trace["steps"]!.Should().Contain(s => s.Value<string>("kind") == "追加" && s.Value<decimal>("amount") == 10.00m);
    }

    [Fact]
    public async Task A_transfer_sub_command_builds_its_lines_and_refuses_a_bad_one_naming_it()
    {
        await ImportDocuments();
        string[] transfer = ["record", "transfer", "--id", "handling-fee", "--recorded-by", "test", "--from",
            "209105", "--to", "209100", "--year", "2026", "--function", "工伤认定", "--basis-quote", "划转", "--store",
            Store];

        var refused = await CliRun.Invoke([.. transfer, "--line", "工伤保险业务经办费=-53.23"]);
        var recorded = await CliRun.Invoke([.. transfer, "--line", "工伤保险业务经办费=53.23@2080107"]);

        refused.ExitCode.Should().Be(1);
        refused.Error.Should().Contain("record transfer: entry 1 ('handling-fee'): lines[0].amount: -53.23 is not "
            + "positive");
        recorded.ExitCode.Should().Be(0, recorded.Error);
        recorded.Output.Should().Contain("handling-fee: recorded (FunctionTransferred, 2026)");
    }

    public void Dispose() => _folder.Dispose();
}
