using BudgetLedger.Faults.Running;

namespace BudgetLedger.Faults.Cases;

/// <summary>The worst thing a case found, why, and the run it was found in.</summary>
public sealed record Verdict(Outcome Outcome, string Reason, ProcessRun? Run)
{
    public static readonly Verdict Ok = new(Outcome.Ok, "", null);

    /// <summary>The worse of the two; on a tie the first found stands.</summary>
    public Verdict And(Verdict other) => other.Outcome > Outcome ? other : this;

    /// <summary>What an ok case saw that is worth a line under --verbose (where a kill landed).</summary>
    public Verdict Noting(string note) => Outcome == Outcome.Ok ? this with { Reason = note } : this;
}
