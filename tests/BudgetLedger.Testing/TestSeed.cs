using System.Globalization;

namespace BudgetLedger.Testing;

/// <summary>
/// The seed of a randomized test: BUDGET_LEDGER_TEST_SEED when set (to replay a failing run), else a new one. The test
/// prints it.
/// </summary>
public static class TestSeed
{
    public const string Variable = "BUDGET_LEDGER_TEST_SEED";

    public static int Next() => int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None,
        CultureInfo.InvariantCulture, out var seed) ? seed : Random.Shared.Next();

    public static string Describe(int seed) => $"seed {seed} (replay with {Variable}={seed})";
}
