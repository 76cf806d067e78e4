namespace BudgetLedger.Faults.Cases;

/// <summary>What a run must look like besides not crashing or hanging.</summary>
public sealed record Expectation(IReadOnlySet<int> ExitCodes)
{
    /// <summary>`--format json` was asked: on exit 0, stdout must be one JSON document.</summary>
    public bool JsonOnSuccess { get; init; }

    public int? MaxStdoutBytes { get; init; }

    /// <summary>Figures a stale read model would show; printing one is a wrong store state, not just unclear.</summary>
    public IReadOnlyList<string> StaleFigures { get; init; } = [];

    /// <summary>
    /// The ledger's answer is a finding on stdout ("FAILED: …", as verify reports), not an error on stderr.
    /// </summary>
    public string? FindingOnStdout { get; init; }

    public static Expectation Exit(params int[] codes) => new(codes.ToHashSet());

    public static Expectation Refusal => Exit(1, 2);

    /// <summary>verify's answer for a ledger that does not hold: exit 1 and its finding on stdout.</summary>
    public static Expectation VerifyFinding => Exit(1) with { FindingOnStdout = "FAILED: " };
}
