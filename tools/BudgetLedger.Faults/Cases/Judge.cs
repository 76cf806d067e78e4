using System.Text;
using System.Text.RegularExpressions;
using BudgetLedger.Faults.Running;

namespace BudgetLedger.Faults.Cases;

/// <summary>Classifies one run: hang, crash, stale figures, then anything unclear about its exit or output.</summary>
public static partial class Judge
{
    public static Verdict Of(ProcessRun run, Expectation expected) =>
        Findings(run, expected).Aggregate(Verdict.Ok, (worst, finding) => worst.And(finding));

    private static IEnumerable<Verdict> Findings(ProcessRun run, Expectation expected)
    {
        if (run.TimedOut)
        {
            yield return new(Outcome.Hang, $"still running after {run.Invocation.TimeLimit.TotalSeconds:F0} s", run);
        }

        if (run.Flooded)
        {
            yield return new(Outcome.Hang, "wrote more than 1 MB to stdout and stderr (a log flood)", run);
        }

        if (run.TimedOut || run.Flooded)
        {
            yield break;
        }

        if (run.ExitCode is not (0 or 1 or 2))
        {
            yield return new(Outcome.Crash, $"{run.ExitDescription}, not 0, 1 or 2", run);
        }

        if (run.Stderr.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            yield return new(Outcome.Crash, "'Unhandled exception' on stderr", run);
        }
        else if (StackFrame().IsMatch(run.Stderr))
        {
            yield return new(Outcome.Crash, "a stack trace on stderr", run);
        }

        var stale = expected.StaleFigures.Where(f => run.Stdout.Contains(f, StringComparison.Ordinal)).ToList();
        if (stale.Count > 0)
        {
            yield return new(Outcome.WrongChange,
                $"printed {string.Join(", ", stale.Take(3))}{(stale.Count > 3 ? $" and {stale.Count - 3} more" : "")}: "
                + "figures of the ledger it no longer reads", run);
        }

        foreach (var unclear in Unclear(run, expected))
        {
            yield return new(Outcome.Unclear, unclear, run);
        }
    }

    private static IEnumerable<string> Unclear(ProcessRun run, Expectation expected)
    {
        if (!expected.ExitCodes.Contains(run.ExitCode))
        {
            yield return $"exit {run.ExitCode}, expected {string.Join(" or ", expected.ExitCodes.Order())}";
        }

        var finding = expected.FindingOnStdout is { } prefix && run.Stdout.StartsWith(prefix, StringComparison.Ordinal);
        if (run.ExitCode is 1 or 2 && !finding && ErrorShape.Problem(run.Stderr, run.ExitCode) is { } shape)
        {
            yield return shape;
        }

        if (run.ExitCode == 0 && expected.JsonOnSuccess && JsonStdout.Problem(run.Stdout) is { } json)
        {
            yield return json;
        }

        if (expected.MaxStdoutBytes is { } max && Encoding.UTF8.GetByteCount(run.Stdout) >= max)
        {
            yield return $"{Encoding.UTF8.GetByteCount(run.Stdout):N0} bytes on stdout, expected under {max:N0}";
        }
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
