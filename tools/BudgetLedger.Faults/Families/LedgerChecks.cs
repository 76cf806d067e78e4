using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Fixtures;
using Newtonsoft.Json.Linq;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>What must hold of a ledger after a kill or a race; a failure is a wrong store change.</summary>
public static class LedgerChecks
{
    public const string Ledger = "ledger.db";

    /// <summary>verify exits 0 (exit 1 means the chain or positions do not hold).</summary>
    public static async Task<Verdict> Verified(CaseContext context, string when)
    {
        var step = await Step.Judged(context.Command(At(Ledger, "verify")), Expectation.Exit(0, 1));
        return step.Run.ExitCode == 1 && !step.Run.TimedOut
            ? step.Verdict.And(Wrong($"{when}, verify fails: {FirstLine(step.Run)}", step.Run))
            : step.Verdict;
    }

    /// <summary>Every document whole or absent, by the log's streams and by the status's event count.</summary>
    public static async Task<(Verdict Verdict, int? Events)> Whole(
        CaseContext context, TemplateLedger template, string when)
    {
        var log = await Step.Judged(context.Command(At(Ledger, "log", "--format", "jsonl")), Expectation.Exit(0));
        var verdict = log.Verdict;
        var problem = log.Run.ExitCode == 0
            ? Wholeness.Problem(StreamCounts.Parse(log.Run.Stdout), template.StreamCounts)
            : null;
        if (problem is not null)
        {
            verdict = verdict.And(Wrong($"{when}, {problem}", log.Run));
        }

        var (status, events) = await Events(context);
        verdict = verdict.And(status.Verdict);
        return events is { } n && !Wholeness.PossibleCounts(template.StreamCounts).Contains(n)
            ? (verdict.And(Wrong($"{when}, status counts {n} events: no sum of whole documents", status.Run)), n)
            : (verdict, events);
    }

    /// <summary>The ledger holds exactly what a clean import of the seeds writes.</summary>
    public static async Task<Verdict> Complete(CaseContext context, TemplateLedger template, string when)
    {
        var (status, events) = await Events(context);
        return events is { } n && n != template.Events
            ? status.Verdict
                .And(Wrong($"{when}, the ledger holds {n} events, a clean import {template.Events}", status.Run))
            : status.Verdict;
    }

    /// <summary>The 209105 budget report reads exactly as on a ledger nothing happened to.</summary>
    public static async Task<Verdict> SameReport(CaseContext context, TemplateLedger template, string when)
    {
        var step = await Step.Judged(context.Command(At(Ledger, ReportBudget)), Expectation.Exit(0));
        if (step.Run.ExitCode != 0 || step.Run.Stdout == template.CleanReport)
        {
            return step.Verdict;
        }

        var lines = step.Run.Stdout.Split('\n');
        var clean = template.CleanReport.Split('\n');
        var at = Enumerable.Range(0, Math.Max(lines.Length, clean.Length))
            .First(i => i >= lines.Length || i >= clean.Length || lines[i] != clean[i]);
        return step.Verdict.And(Wrong($"{when}, the report differs from a clean one at line {at + 1}: "
            + $"'{Line(lines, at)}' instead of '{Line(clean, at)}'", step.Run));
    }

    private static async Task<(Step Step, int? Events)> Events(CaseContext context)
    {
        var step = await Step.Judged(context.Command(At(Ledger, "status", "--format", "json")),
            Expectation.Exit(0) with { JsonOnSuccess = true });
        var events = step.Verdict.Outcome == Outcome.Ok ? JObject.Parse(step.Run.Stdout).Value<int?>("events") : null;
        return (step, events);
    }

    private static Verdict Wrong(string reason, Running.ProcessRun run) => new(Outcome.WrongChange, reason, run);

    private static string Line(string[] lines, int at) => at < lines.Length ? lines[at].Trim() : "(end)";

    private static string FirstLine(Running.ProcessRun run) =>
        (run.Stdout + run.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "(no output)";
}
