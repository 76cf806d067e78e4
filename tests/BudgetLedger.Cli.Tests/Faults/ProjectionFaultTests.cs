using Microsoft.Data.Sqlite;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// A log the projections cannot read (an unreachable server, an unreadable row) ends the command: one error line,
/// exit 1, within seconds, and nothing of Akka's on stdout — the executable, run as a user runs it.
/// </summary>
public sealed class ProjectionFaultTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private const string Unreachable = "esdb://127.0.0.1:1?tls=false";
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Commands() =>
    [
        "report budget --unit 209105 --year 2022 --format json",
        "report final-accounts --unit 209100 --year 2022 --format json",
        "report findings --unit 209105 --year 2022 --format json",
        "variance --unit 209105 --from 2022 --to 2026 --format json",
        "trace --unit 209105 --line 2080107 --from 2022 --to 2026 --format json",
        "rebuild",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_unreachable_server_ends_the_command_in_one_line_with_stdout_clean(string command)
    {
        var result = await Run([.. command.Split(' '), "--store", Unreachable]);

        Check(result, command);
        result.Error.Should().Contain("cannot reach the server");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_unreadable_row_in_the_ledger_ends_the_command_in_one_line_naming_its_position(string command)
    {
        var ledger = seeded.CopyTo(_folder.Path);
        using (var connection = new SqliteConnection($"Data Source={ledger};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "DROP TRIGGER events_are_immutable; UPDATE events SET event_id = x'01' WHERE "
                + "position = 5;";
            damage.ExecuteNonQuery();
        }

        var result = await Run([.. command.Split(' '), "--store", ledger]);

        Check(result, command);
        result.Error.Should().Contain("position 5");
    }

    private static void Check(ProcessResult result, string command)
    {
        result.TimedOut.Should().BeFalse($"{command} must end, not restart its projections forever");
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), command);
        new CliResult(result.ExitCode, result.Output, result.Error).ShouldBeOneError(1, command);
        result.Output.Should().BeEmpty("stdout carries the report (JSON) or nothing, never log lines");
    }

    private Task<ProcessResult> Run(string[] args) =>
        CliProcess.Run(_folder.Path, new Dictionary<string, string> { ["XDG_DATA_HOME"] = _folder.Path,
            ["BUDGET_LEDGER_STORE"] = "" }, TimeSpan.FromSeconds(30), args);

    public void Dispose() => _folder.Dispose();
}
