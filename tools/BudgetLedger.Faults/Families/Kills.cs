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

    private static TimeSpan Delay(TimeSpan cleanRun, double fraction) =>
        TimeSpan.FromMilliseconds(Math.Min(3000, cleanRun.TotalMilliseconds * Window) * fraction);

    private static FaultCase Import(double fraction) =>
        new($"import killed at {fraction * Window:P0} of a clean import's time", async context =>
        {
            var template = await context.Fixtures.Template;
            var delay = Delay(template.ImportTime, fraction);
            var when = $"after a kill at {delay.TotalMilliseconds:F0} ms";
            string[] import = ["import", context.Fixtures.SeedsFolder];
            var (verdict, killed) = await Killed(context.Long(At(Ledger, import)), delay);
            var note = killed ? $"killed at {delay.TotalMilliseconds:F0} ms, before the ledger file existed"
                : $"the import had ended before the kill at {delay.TotalMilliseconds:F0} ms";
            var file = new FileInfo(context.Folder.Path(Ledger));
            if (file is { Exists: true, Length: 0 })
            {
                // Killed between creating the file and writing its schema: nothing in it to check.
                note = $"killed at {delay.TotalMilliseconds:F0} ms, leaving a 0-byte ledger file";
            }
            else if (file.Exists)
            {
                verdict = verdict.And(await Verified(context, when));
                var (whole, events) = await Whole(context, template, when);
                verdict = verdict.And(whole);
                var written = $"{events} of {template.Events} events written";
                note = killed ? $"killed at {delay.TotalMilliseconds:F0} ms with {written}" : note;
            }

            verdict = verdict.And(await Step.Check(context.Long(At(Ledger, import)), Expectation.Exit(0)));
            return verdict.And(await Complete(context, template, $"{when} and an import again")).Noting(note);
        }, Short: true);

    private static FaultCase Rebuild(double fraction) =>
        new($"rebuild killed at {fraction * Window:P0} of a clean rebuild's time", async context =>
        {
            var template = await context.Fixtures.Template;
            var delay = Delay(template.RebuildTime, fraction);
            var when = $"after a kill at {delay.TotalMilliseconds:F0} ms";
            var changed = Guard.Ledger(template.CopyTo(context.Folder.Cwd, Ledger)).Arm();
            var (verdict, killed) = await Killed(context.Long(At(Ledger, SeedCommands.Rebuild)), delay);
            verdict = verdict.And(await SameReport(context, template, when));
            verdict = verdict.And(await Verified(context, when));
            if (changed() is { } change)
            {
                verdict = verdict.And(new Verdict(Outcome.WrongChange, $"{when}, {change}", null));
            }

            return verdict.Noting(killed ? $"killed at {delay.TotalMilliseconds:F0} ms"
                : $"the rebuild had ended before the kill at {delay.TotalMilliseconds:F0} ms");
        }, Short: true);

    /// <summary>A run the kill came too late for is judged as any run.</summary>
    private static async Task<(Verdict Verdict, bool Killed)> Killed(Invocation invocation, TimeSpan delay)
    {
        using var process = LedgerProcess.Start(invocation);
        var run = await process.KillAfter(delay);
        return run.KilledOnPurpose ? (Verdict.Ok, true) : (Judge.Of(run, Expectation.Exit(0)), false);
    }
}
