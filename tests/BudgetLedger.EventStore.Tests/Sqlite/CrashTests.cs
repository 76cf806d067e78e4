using System.Globalization;
using BudgetLedger.Stress;
using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.Sqlite;

public sealed class CrashTests(SqliteStoreFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteStoreFixture>
{
    /// <summary>
    /// CI runs a dozen kills; set BUDGET_LEDGER_KILL_ROUNDS for more, or run `tools/BudgetLedger.Stress kill-loop`.
    /// </summary>
    private static int Rounds =>
        int.TryParse(Environment.GetEnvironmentVariable("BUDGET_LEDGER_KILL_ROUNDS"), NumberStyles.None,
            CultureInfo.InvariantCulture, out var n) ? n : 12;

    [Fact]
    public async Task A_writer_killed_at_random_moments_leaves_whole_batches_and_keeps_every_acknowledged_one()
    {
        var path = fixture.NewPath();
        var seed = TestSeed.Next();
        output.WriteLine(TestSeed.Describe(seed));
        var random = new Random(seed);
        var results = new List<CrashRound.Result>();
        for (var round = 1; round <= Rounds; round++)
        {
            var result = await CrashRound.Run(path, $"r{round}", random.Next(0, 300), DrillProgram.Dll);
            output.WriteLine($"round {round}: {result}");
            result.Holds.Should().BeTrue($"{result.Broken}; {TestSeed.Describe(seed)}");
            results.Add(result);
        }

        results[^1].Events.Should()
            .BePositive("the writers must have stored something for the checks to mean anything");
        results.Sum(r => r.Acknowledged).Should().BePositive();
    }
}
