using System.Text;
using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Guards;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// Record files (and `record adjustment` options) with one field of the wrong type or value: a refusal in
/// one line and the ledger unchanged. Whatever is recorded anyway, the reports over it must not crash.
/// </summary>
public static class RecordFields
{
    private const string File = "entries.records.json";

    private static readonly string[] ShortOnes =
        ["entries[0].id = {}", "entries[0].amount = \"79000000000000000000000000000\"", "a file that is not JSON",
            "recordedBy = null", "--amount 79000000000000000000000000000"];

    private static readonly (string Option, string Value)[] BadOptions =
    [
        ("--amount", "7.9e28"), ("--amount", "79000000000000000000000000000"), ("--amount", "-1"), ("--amount", "abc"),
        ("--amount", "1e-30"), ("--amount", "0"), ("--amount", ""),
        ("--year", "99999"), ("--year", "abc"), ("--year", "0"),
        ("--unit", "999999"), ("--unit", ""), ("--class", "abc"), ("--kind", "sideways"), ("--id", "Not A Slug!"),
        ("--expenditure-kind", "{}"),
    ];

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan)
    {
        var cases = new List<FaultCase>
        {
            FileCase("control: the adjustment file as it is", $"{RecordFileBases.Adjustment()}", Expectation.Exit(0)),
            FileCase("control: the transfer file as it is", $"{RecordFileBases.Transfer()}", Expectation.Exit(0)),
            OptionsCase("control: record adjustment as it is", Options(null, null), Expectation.Exit(0)),
        };
        cases.AddRange(RecordMutations.All().Select(m => FileCase(m.Name, m.Text(m.Base()), Expectation.Refusal)));
        cases.AddRange(BadOptions.Select(o =>
            OptionsCase($"{o.Option} {o.Value}", Options(o.Option, o.Value), Expectation.Refusal)));
        return cases;
    }

    private static string[] Options(string? option, string? value) =>
        ["record", "adjustment", .. RecordFileBases.AdjustmentOptions
            .SelectMany(o => new[] { o.Option, o.Option == option ? value! : o.Value })];

    private static FaultCase FileCase(string name, string text, Expectation expected) =>
        new(name, context =>
        {
            System.IO.File.WriteAllText(context.Folder.Path(File), text, new UTF8Encoding(false));
            return Recorded(context, ["record", File], expected, Guard.Bytes(context.Folder.Path(File)));
        }, ShortOnes.Contains(name));

    private static FaultCase OptionsCase(string name, string[] args, Expectation expected) =>
        new($"record adjustment {name}", context => Recorded(context, args, expected), ShortOnes.Contains(name));

    private static async Task<Verdict> Recorded(
        CaseContext context, string[] args, Expectation expected, params Guard[] guards)
    {
        var path = (await context.Fixtures.Template).CopyTo(context.Folder.Cwd);
        var ledger = expected.ExitCodes.Contains(0) ? [] : new[] { Guard.Ledger(path) };
        var step = await Step.Judged(context.Command(At("ledger.db", args)), expected, [.. ledger, .. guards]);
        return step.Run.ExitCode == 0 && !step.Run.TimedOut ? await FollowUps(context, step.Verdict) : step.Verdict;
    }

    /// <summary>Whatever was recorded, the reports over the unit must still end, clearly.</summary>
    private static async Task<Verdict> FollowUps(CaseContext context, Verdict verdict)
    {
        string[] bureauVariance = ["variance", "--unit", "209100", "--from", "2022", "--to", "2026"];
        foreach (var query in new[] { Variance, TraceLine, ReportBudget, bureauVariance })
        {
            verdict = verdict.And(await Step.Check(context.Command(At("ledger.db", query)), Expectation.Exit(0, 1)));
        }

        return verdict;
    }
}
