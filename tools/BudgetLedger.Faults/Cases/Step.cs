using BudgetLedger.Faults.Guards;
using BudgetLedger.Faults.Running;

namespace BudgetLedger.Faults.Cases;

/// <summary>One command run, judged, with the guards checked around it.</summary>
public sealed record Step(ProcessRun Run, Verdict Verdict)
{
    public static async Task<Step> Judged(Invocation invocation, Expectation expected, params Guard[] guards)
    {
        var checks = guards.Select(g => g.Arm()).ToList();
        var run = await LedgerProcess.Run(invocation);
        var verdict = Judge.Of(run, expected);
        foreach (var changed in checks.Select(check => check()).OfType<string>())
        {
            verdict = verdict.And(new Verdict(Outcome.WrongChange, changed, run));
        }

        return new Step(run, verdict);
    }

    public static async Task<Verdict> Check(Invocation invocation, Expectation expected, params Guard[] guards) =>
        (await Judged(invocation, expected, guards)).Verdict;
}
