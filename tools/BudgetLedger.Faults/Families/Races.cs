using BudgetLedger.Faults.Cases;
using static BudgetLedger.Faults.Families.LedgerChecks;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// An import of the seeds racing rebuilds, reports and other imports on one ledger file, each started a
/// moment apart. A racer that reads may find the ledger half-imported (exit 0 or 1) but must end, clearly;
/// afterwards the ledger verifies, holds what a clean import writes and reports as a clean ledger does.
/// </summary>
public static class Races
{
    private const int MaxStaggerMs = 400;

    private static readonly string[] Import = ["import"];

    private static readonly string[][][] Fields =
    [
        [Import, Rebuild],
        [Import, ReportBudget],
        [Import, Rebuild, ReportBudget],
        [Import, Import],
        [Import, Import, ReportBudget],
        [Import, Json(Variance)],
    ];

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan) =>
        new[] { false, true }
            .SelectMany(initialised => Fields.Select(field => Case(field, initialised,
                field.Select(_ => plan.Random.Next(MaxStaggerMs)).ToArray())))
            .Select((c, i) => c with { Short = i is 2 or 9 })
            .ToList();

    private static FaultCase Case(string[][] racers, bool initialised, int[] staggerMs) =>
        new($"{string.Join(" | ", racers.Select(Label))} on {(initialised ? "an empty" : "no")} ledger, "
            + $"started at {string.Join("/", staggerMs)} ms", async context =>
        {
            var template = await context.Fixtures.Template;
            var verdict = initialised
                ? await Step.Check(context.Command(At(Ledger, "init")), Expectation.Exit(0))
                : Verdict.Ok;
            var runs = await Task.WhenAll(racers.Select(async (racer, i) =>
            {
                await Task.Delay(staggerMs[i]);
                var args = racer == Import ? ["import", context.Fixtures.SeedsFolder] : racer;
                var expected = (racer == Import ? Expectation.Exit(0) : Expectation.Exit(0, 1))
                    with { JsonOnSuccess = racer.Contains("json") };
                return await Step.Check(context.Long(At(Ledger, args)), expected);
            }));
            const string when = "after the race";
            verdict = runs.Aggregate(verdict, (worst, run) => worst.And(run));
            verdict = verdict.And(await Verified(context, when));
            verdict = verdict.And(await Complete(context, template, when));
            return verdict.And(await SameReport(context, template, when));
        });
}
