namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// Every option that parses a number, a time or a position: a bad value is one error line and exit 2 (1 where the
/// ledger decides), never a crash, within seconds.
/// </summary>
public sealed class ArgumentFaultTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, int> Cases() => new()
    {
        { "report budget --unit 209105 --year 2022 --as-of garbage", 2 },
        { "report budget --unit 209105 --year 2022 --as-of -1", 2 },
        { "report budget --unit 209105 --year 2022 --as-of 12345678901234567890", 2 },
        { "report final-accounts --unit 209100 --year 2022 --as-of 2026-13-45", 2 },
        { "report findings --unit 209105 --year 2022 --as-of 1e12", 2 },
        { "trace --unit 209105 --line 2080107 --from 2022 --to 2026 --as-of -1", 2 },
        { "variance --unit 209105 --from 2022 --to 2026 --as-of 99999999999999999999", 2 },
        { "log --after abc", 2 },
        { "log --after -5", 2 },
        { "log --after 99999999999999999999", 2 },
        { "log --limit -1", 2 },
        { "log --limit abc", 2 },
        { "variance --unit 209105 --from 1 --to 2147483647", 2 },
        { "variance --unit 209105 --from 2026 --to 2022", 2 },
        { "variance --unit 209105 --from 2000 --to 2026", 1 },
        { "trace --unit 209105 --line 2080107 --from 1 --to 2147483647", 2 },
        { "trace --project 社会保障卡工作经费 --from 1990 --to 2030", 1 },
        { "report budget --unit 209105 --year 99999", 1 },
        { "report budget --unit 209105 --year -1", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_number_time_or_position_is_one_error_line_and_changes_nothing(string command, int exitCode)
    {
        var ledger = seeded.CopyTo(_folder.Path);
        var before = FileState.Of(_folder.Path);

        var result = await CliRun.Invoke([.. command.Split(' '), "--store", ledger]).WaitAsync(TimeSpan.FromSeconds(5));

        result.ShouldBeOneError(exitCode, command);
        FileState.Of(_folder.Path).Where(f => !f.Key.EndsWith(".readmodels", StringComparison.Ordinal))
            .Should().Equal(before, "a refused command writes nothing to the ledger");
    }

    public void Dispose() => _folder.Dispose();
}
