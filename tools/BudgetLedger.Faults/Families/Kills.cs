using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Fixtures;
using BudgetLedger.Faults.Guards;
using BudgetLedger.Faults.Running;
using static BudgetLedger.Faults.Families.LedgerChecks;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// SIGKILL in the middle of an import (the ledger must verify, hold whole documents only, and take the import
/// again to a complete ledger) and of a rebuild (the ledger unchanged, the report as on a clean ledger).
/// </summary>
public static class Kills
{
    /// <summary>Kills land within this share of a clean run's time (at most 3 s), so most land mid-run.</summary>
    private const double Window = 1.25;

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan)
    {
        var rounds = plan.Kills ?? (plan.Short ? 1 : 6);
        return Enumerable.Range(1, rounds)
            .SelectMany(round => new[] { Import(plan.Random.NextDouble()), Rebuild(plan.Random.NextDouble()) })
            .ToList();
    }

    public static TimeSpan Delay(TimeSpan cleanRun, double fraction) =>
        TimeSpan.FromMilliseconds(Math.Min(3000, cleanRun.TotalMilliseconds * Window) * fraction);

    private static FaultCase Import(double fraction) =>
        new($"import killed at {fraction * Window:P0} of a clean import's time", async context =>
        {
            var template = await context.Fixtures.Template;
            var delay = Delay(template.ImportTime, fraction);
            var when = $"after a kill at {delay.TotalMilliseconds:F0} ms";
            var verdict = await Killed(context.Long(At(Ledger, "import", context.Fixtures.SeedsFolder)), delay);
            if (File.Exists(context.Folder.Path(Ledger)))
            {
                verdict = verdict.And(new FileInfo(context.Folder.Path(Ledger)).Length == 0
                    ? Verdict.Ok
                    : await Verified(context, when));
                verdict = verdict.And(await Whole(context, template, when));
            }

            verdict = verdict.And(await Step.Check(context.Long(At(Ledger, "import", context.Fixtures.SeedsFolder)), Expectation.Exit(0)));
            return verdict.And(await Complete(context, template, $"{when} and an import again"));
        }, Short: true);

    private static FaultCase Rebuild(double fraction) =>
        new($"rebuild killed at {fraction * Window:P0} of a clean rebuild's time", async context =>
        {
            var template = await context.Fixtures.Template;
            var delay = Delay(template.RebuildTime, fraction);
            var when = $"after a kill at {delay.TotalMilliseconds:F0} ms";
            var changed = Guard.Ledger(template.CopyTo(context.Folder.Cwd, Ledger)).Arm();
            var verdict = await Killed(context.Long(At(Ledger, SeedCommands.Rebuild)), delay);
            verdict = verdict.And(await SameReport(context, template, when));
            verdict = verdict.And(await Verified(context, when));
            return changed() is { } change ? verdict.And(new Verdict(Outcome.WrongChange, $"{when}, {change}", null)) : verdict;
        }, Short: true);

    /// <summary>A run the kill came too late for is judged as any run.</summary>
    private static async Task<Verdict> Killed(Invocation invocation, TimeSpan delay)
    {
        using var process = LedgerProcess.Start(invocation);
        var run = await process.KillAfter(delay);
        return run.KilledOnPurpose ? Verdict.Ok : Judge.Of(run, Expectation.Exit(0));
    }
}
