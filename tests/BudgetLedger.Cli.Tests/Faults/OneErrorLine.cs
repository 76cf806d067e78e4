namespace BudgetLedger.Cli.Tests.Faults;

internal static class OneErrorLine
{
    /// <summary>
    /// A failure a user caused: the exit code, and stderr exactly one line "error: …" naming the problem; no stack
    /// trace.
    /// </summary>
    public static void ShouldBeOneError(this CliResult result, int exitCode, string because)
    {
        result.ExitCode.Should().Be(exitCode, $"{because}; stderr: {result.Error}");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("Run `budget-ledger --help`", StringComparison.Ordinal)).ToList();
        lines.Should().ContainSingle(because).Which.Should().StartWith("error: ");
        result.Error.Should().NotContainAny(["   at ", "Unhandled exception"]);
    }
}
