using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

public sealed class VerifyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Verify_passes_an_intact_ledger_and_its_saved_digest()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        var digest = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output)
            .Value<string>("digest")!;

        var plain = await CliRun.Invoke("verify", "--store", path);
        var withDigest = await CliRun.Invoke("verify", "--store", path, "--digest", digest);

        plain.ExitCode.Should().Be(0);
        plain.Output.Should()
            .StartWith($"OK: {BudgetLedger.Testing.SampleEvents.All().Count} events in 2 streams hold");
        withDigest.ExitCode.Should().Be(0);
        withDigest.Output.Should().Contain("matches the expected digest");
    }

    [Fact]
    public async Task Verify_fails_naming_the_altered_event()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        Tamper(path, "UPDATE events SET data = replace(data, '956.00', '965.00') "
            + "WHERE type = 'V1.BudgetAppropriated';");

        var result = await CliRun.Invoke("verify", "--store", path);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("FAILED").And.Contain("position 4").And.Contain("unit-shanxi-209105")
            .And.Contain("altered");
    }

    [Fact]
    public async Task Verify_with_a_digest_catches_a_truncated_tail()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        var digest = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output)
            .Value<string>("digest")!;
        Tamper(path, "DELETE FROM events WHERE position = (SELECT MAX(position) FROM events);");

        var plain = await CliRun.Invoke("verify", "--store", path);
        var result = await CliRun.Invoke("verify", "--store", path, "--digest", digest);

        plain.ExitCode.Should().Be(1, "every remaining link holds, but the kept summary counts the cut event");
        var events = BudgetLedger.Testing.SampleEvents.All().Count;
        plain.Output.Should().Contain($"the kept count of {events} events differs from the {events - 1} walked");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain(digest);
    }

    public static TheoryData<string, string> SummaryEdits => new()
    {
        { "UPDATE log_summary SET events = events + 1;", "the kept count of" },
        { $"UPDATE log_summary SET log_digest = {EmptyState};", "the kept digest e3b0c442" },
        { $"UPDATE log_summary SET content_digest = {EmptyState};", "the kept content digest e3b0c442" },
        { "UPDATE log_summary SET streams = 3;", "the kept count of 3 streams" },
        { "UPDATE log_summary_types SET events = 2 WHERE type = 'V1.DocumentImported';",
            "the kept count of V1.DocumentImported events, 2," },
        { "UPDATE log_summary SET last_position = last_position - 1;", "the kept last position" },
    };

    [Theory]
    [MemberData(nameof(SummaryEdits))]
    public async Task Verify_catches_an_edited_summary_naming_what_differs(string edit, string named)
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = edit;
            command.ExecuteNonQuery().Should().Be(1);
        }

        var result = await CliRun.Invoke("verify", "--store", path);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain($"FAILED: {named}").And.Contain("the summary or the log was edited");
    }

    /// <summary>The saved state of a digest over nothing: a well-formed state of another log.</summary>
    private static string EmptyState =>
        $"X'{Convert.ToHexString(new BudgetLedger.EventStore.TamperEvidence.LogDigest().State())}'";

    private static void Tamper(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER events_are_immutable; DROP TRIGGER events_are_never_deleted; " + sql;
        command.ExecuteNonQuery().Should().BePositive();
    }

    public void Dispose() => _folder.Dispose();
}
