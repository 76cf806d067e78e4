using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Testing;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

public sealed class StatusAndLogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Status_on_a_missing_ledger_fails_naming_the_path_and_creates_nothing()
    {
        var path = Path.Combine(_folder.Path, "absent.db");

        var result = await CliRun.Invoke("status", "--store", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(path).And.Contain("budget-ledger init");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task Init_creates_an_empty_ledger_and_is_safe_to_repeat()
    {
        var path = Path.Combine(_folder.Path, "new.db");

        (await CliRun.Invoke("init", "--store", path)).Output.Should().Contain("created");
        (await CliRun.Invoke("init", "--store", path)).Output.Should().Contain("already existed");
        var status = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output);

        status.Value<long>("events").Should().Be(0);
        status["position"]!.Type.Should().Be(JTokenType.Null);
    }

    [Fact]
    public async Task Status_counts_events_and_documents_and_shows_the_last_position_and_the_digest()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        string expectedDigest;
        await using (var store = SqliteEventStore.Open(path))
        {
            expectedDigest = (await new LedgerVerifier(store).Verify()).Digest;
        }

        var result = await CliRun.Invoke("status", "--store", path, "--format", "json");
        var status = CliRun.Json(result.Output);

        result.ExitCode.Should().Be(0);
        status.Value<long>("events").Should().Be(SampleEvents.All().Count);
        status.Value<long>("documents").Should().Be(1);
        status.Value<long>("streams").Should().Be(2);
        status.Value<string>("position").Should()
            .Be(SampleEvents.All().Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        status.Value<string>("digest").Should().Be(expectedDigest).And.MatchRegex("^[0-9a-f]{64}$");
        status.Value<string>("chain").Should().Be("tail matches the kept digest (verify walks the whole log)");
    }

    [Fact]
    public async Task Status_from_the_kept_summary_gives_every_value_a_walk_of_the_log_gives()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        await using (var store = SqliteEventStore.Open(path))
        {
            await store.AppendMultiple([.. new[] { "unit-x", "unit-y", "unit-shanxi-209105" }.Select(s =>
                new StreamAppend(s, ExpectedRevision.Any,
                    [new(Guid.NewGuid(), "V1.DocumentImported", "{}"u8.ToArray(), "{}"u8.ToArray())]))]);
        }

        var walked = await Walk(path);
        var status = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output);

        status.Value<long>("events").Should().Be(walked.EventsChecked);
        status.Value<long>("documents").Should().Be(walked.EventsByType["V1.DocumentImported"]).And.Be(4);
        status.Value<int>("streams").Should().Be(walked.Streams).And.Be(4);
        status.Value<string>("position").Should().Be(walked.LastPosition.ToString());
        status.Value<string>("digest").Should().Be(walked.Digest);
        status.Value<string>("content").Should().Be(walked.ContentDigest);
        status["eventsByType"]!.ToObject<Dictionary<string, long>>().Should().Equal(walked.EventsByType);
    }

    [Fact]
    public async Task Status_fails_when_the_logs_last_event_is_not_the_one_the_summary_names()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        var events = SampleEvents.All().Count;
        Sql(path, "DROP TRIGGER events_are_never_deleted; DELETE FROM events WHERE position = (SELECT MAX(position) "
            + "FROM events);");

        var result = await CliRun.Invoke("status", "--store", path, "--format", "json");

        result.ExitCode.Should().Be(1);
        CliRun.Json(result.Output).Value<string>("chain").Should().StartWith("FAILED: ")
            .And.Contain($"position {events - 1}").And.Contain($"position {events} ")
            .And.Contain("budget-ledger verify");
    }

    [Fact]
    public async Task A_ledger_made_before_the_summary_is_walked_read_only_and_summarised_when_next_opened_to_write()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        var before = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output);
        Sql(path, "DROP TABLE log_summary; DROP TABLE log_summary_types; PRAGMA user_version = 2;");

        var walked = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output);
        (await CliRun.Invoke("init", "--store", path)).ExitCode.Should().Be(0);
        var kept = await CliRun.Invoke("status", "--store", path, "--format", "json");

        walked.Value<string>("chain").Should().Be("holds", "a read-only open cannot make the summary: status walks");
        kept.ExitCode.Should().Be(0);
        CliRun.Json(kept.Output).Value<string>("chain").Should().StartWith("tail matches the kept digest");
        foreach (var field in new[] { "events", "documents", "streams", "position", "digest", "content" })
        {
            walked[field].Should().BeEquivalentTo(before[field], field);
            CliRun.Json(kept.Output)[field].Should().BeEquivalentTo(before[field], field);
        }

        (await CliRun.Invoke("verify", "--store", path)).Output.Should().Contain("the kept summary agrees");
    }

    [Fact]
    public async Task Status_as_a_table_shows_the_same_fields()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);

        var table = (await CliRun.Invoke("status", "--store", path)).Output;

        table.Should().MatchRegex($@"(?m)^events\s+{BudgetLedger.Testing.SampleEvents.All().Count}$")
            .And.MatchRegex(@"(?m)^documents\s+1$").And.MatchRegex(@"(?m)^digest\s+[0-9a-f]{64}$");
    }

    [Fact]
    public async Task Log_as_jsonl_gives_each_event_with_position_stream_type_data_provenance_and_both_times()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);

        var lines = (await CliRun.Invoke("log", "--store", path, "--format", "jsonl")).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(CliRun.Json).ToList();

        events.Should().HaveCount(SampleEvents.All().Count);
        events.Select(e => e.Value<string>("position")).Should().Equal(Enumerable.Range(1, events.Count)
            .Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var appropriation = events.Single(e => e.Value<string>("type") == "V1.BudgetAppropriated");
        appropriation.Value<string>("stream").Should().Be("unit-shanxi-209105");
        appropriation["data"]!["amount"]!.Value<string>("value").Should().Be("956.00");
        appropriation["provenance"]!.Value<string>("tableTitle").Should().Be("2022年预算收入总表");
        appropriation["provenance"]!.Value<int>("row").Should().Be(4);
        appropriation["effective"]!.Value<int>("fiscalYear").Should().Be(2022);
        appropriation["effective"]!.Value<string>("documentDate").Should().Be("2022-02-18");
        appropriation.Value<string>("recordedAt").Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
    }

    [Fact]
    public async Task Log_filters_by_stream_position_and_limit()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);

        var lines = (await CliRun.Invoke("log", "--store", path, "--format", "jsonl", "--stream", "unit-shanxi-209100",
                "--after", "12", "--limit", "3")).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(CliRun.Json).ToList();

        lines.Select(e => e.Value<string>("position")).Should().Equal("13", "14", "15");
        lines.Should().OnlyContain(e => e.Value<string>("stream") == "unit-shanxi-209100");
    }

    [Fact]
    public async Task Log_as_a_table_has_a_row_per_event()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);

        var table = (await CliRun.Invoke("log", "--store", path)).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        table.Should().HaveCount(SampleEvents.All().Count + 1);
        table[0].Should().StartWith("position");
        table.Should().Contain(l => l.Contains("V1.FunctionTransferred") && l.Contains("工伤保险业务经办费"));
    }

    private static async Task<VerificationReport> Walk(string path)
    {
        await using var store = SqliteEventStore.OpenExisting(path, readOnly: true);
        return await new LedgerVerifier(store).Verify();
    }

    private static void Sql(string path, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();
}
