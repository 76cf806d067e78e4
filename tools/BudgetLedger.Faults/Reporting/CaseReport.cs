using BudgetLedger.Faults.Cases;

namespace BudgetLedger.Faults.Reporting;

/// <summary>A case that was not ok, for --verbose: what, why, the command line, its exit, its first output.</summary>
public static class CaseReport
{
    private const int Lines = 4;
    private const int Width = 160;

    public static void Print(TextWriter output, string family, FaultCase faultCase, Verdict verdict)
    {
        output.WriteLine($"[{Name(verdict.Outcome)}] {family}: {faultCase.Name}");
        output.WriteLine($"    {(verdict.Outcome == Outcome.Ok ? "note" : "why")}: {verdict.Reason}");
        if (verdict.Outcome == Outcome.Ok || verdict.Run is not { } run)
        {
            return;
        }

        output.WriteLine($"    $ {run.Invocation.CommandLine}");
        output.WriteLine($"    {run.ExitDescription} after {run.Elapsed.TotalSeconds:F1} s");
        var (stream, text) = run.Stderr.Trim().Length > 0 ? ("stderr", run.Stderr) : ("stdout", run.Stdout);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(Lines))
        {
            var trimmed = line.TrimEnd('\r');
            output.WriteLine($"    {stream}: {(trimmed.Length <= Width ? trimmed : trimmed[..Width] + "…")}");
        }
    }

    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.WrongChange => "wrong-change",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
