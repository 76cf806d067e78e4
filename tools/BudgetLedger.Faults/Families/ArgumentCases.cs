using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Guards;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// Every option that parses a number, a time or a log position, given garbage and edge values, against a
/// ledger holding the seeds: a refusal (exit 1 or 2) in one clear line, the ledger unchanged.
/// </summary>
public static class ArgumentCases
{
    private const string Huge = "99999999999999999999";

    private static readonly string[] Bad = ["abc", "-1", "0", Huge, "1e12", ""];

    private static readonly string[][] AsOfCommands =
        [ReportBudget, FinalAccounts, FindingsReport, Variance, TraceLine];

    private static readonly string[] Digests = ["abc", "", new('0', 64), new('g', 64), Huge, new('a', 63)];

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan)
    {
        var cases = new List<(string[] Args, Expectation Expected)>();
        cases.AddRange(AsOfCommands.SelectMany(c => Bad.Append("2022-13-45")
            .Select(v => Refused([.. c, "--as-of", v]))));
        cases.AddRange(Bad.Select(v => Log("--after", v, v == "0" ? Expectation.Exit(0) : Expectation.Refusal)));
        cases.AddRange(Bad.Select(v => Log("--limit", v, v == "0" ? Expectation.Exit(0, 1, 2) : Expectation.Refusal)));
        cases.AddRange(Years(["variance", "--unit", "209105"]));
        cases.AddRange(Years(["trace", "--unit", "209105", "--line", "2080107"]));
        foreach (var report in new[] { ReportBudget, FinalAccounts, FindingsReport })
        {
            cases.AddRange(Bad.Select(v => Refused([.. report.SkipLast(2), "--year", v])));
        }

        cases.AddRange(Digests.Select(d => (new[] { "verify", "--digest", d },
            d.Length == 64 && d.All(char.IsAsciiHexDigit) ? Expectation.VerifyFinding : Expectation.Exit(2))));
        return cases.Select(c => Case(c.Args, c.Expected)).ToList();
    }

    private static IEnumerable<(string[], Expectation)> Years(string[] command) =>
        Bad.Select(v => Refused([.. command, "--from", v, "--to", "2026"]))
            .Concat(Bad.Select(v => Refused([.. command, "--from", "2022", "--to", v])))
            .Append(Refused([.. command, "--from", "1", "--to", "2147483647"]))
            .Append(Refused([.. command, "--from", "2026", "--to", "2022"]));

    private static (string[], Expectation) Refused(string[] args) => (args, Expectation.Refusal);

    /// <summary>After position 0 is every event, and at most 0 events may be none: those two are answers.</summary>
    private static (string[], Expectation) Log(string option, string value, Expectation expected) =>
        (["log", option, value], expected);

    private static FaultCase Case(string[] args, Expectation expected) =>
        new(Describe(args), async context =>
        {
            var path = (await context.Fixtures.Template).CopyTo(context.Folder.Cwd);
            return await Step.Check(context.Command(At(Path.GetFileName(path), args)), expected, Guard.Ledger(path));
        }, IsShort(args));

    private static string Describe(string[] args) => string.Join(' ', args.Index()
        .Where(a => a.Item is "--after" or "--limit" or "--from" or "--to" or "--year" or "--digest")
        .Select(a => $"{a.Item} '{args[a.Index + 1]}'")
        .Prepend(Label(args)));

    private static bool IsShort(string[] args) =>
        args.SequenceEqual([.. ReportBudget, "--as-of", "abc"])
        || args.SequenceEqual(["variance", "--unit", "209105", "--from", "1", "--to", "2147483647"])
        || args.SequenceEqual(["log", "--limit", "-1"])
        || args.SequenceEqual(["verify", "--digest", "abc"])
        || args.SequenceEqual(["report", "budget", "--unit", "209105", "--year", Huge]);
}
