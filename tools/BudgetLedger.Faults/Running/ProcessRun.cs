namespace BudgetLedger.Faults.Running;

/// <summary>
/// How a budget-ledger process ended. <see cref="TimedOut"/> and <see cref="Flooded"/> mean the suite killed
/// it for running too long or writing too much; <see cref="KilledOnPurpose"/> that a kill case did.
/// </summary>
public sealed record ProcessRun(
    Invocation Invocation,
    int ExitCode,
    string Stdout,
    string Stderr,
    bool TimedOut,
    bool Flooded,
    bool KilledOnPurpose,
    TimeSpan Elapsed)
{
    /// <summary>On Linux a process ended by a signal reports 128 + the signal's number.</summary>
    public string ExitDescription =>
        TimedOut ? "killed at the time limit"
        : Flooded ? "killed after 1 MB of output"
        : ExitCode > 128 ? $"exit {ExitCode} (signal {ExitCode - 128})"
        : $"exit {ExitCode}";
}
