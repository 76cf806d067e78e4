namespace BudgetLedger.Faults.Cases;

/// <summary>
/// A failure must say what went wrong in one line on stderr starting with "error: "; a usage error
/// (exit 2) may add the one line LedgerCli prints after it, "Run `budget-ledger --help` …".
/// </summary>
public static class ErrorShape
{
    public static string? Problem(string stderr, int exitCode)
    {
        var lines = stderr.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n').Split('\n')
            .Where(l => !Notes.Any(n => l.StartsWith(n, StringComparison.Ordinal))).DefaultIfEmpty("").ToArray();
        if (exitCode == 2 && lines.Length == 2 && lines[1].StartsWith("Run `budget-ledger", StringComparison.Ordinal))
        {
            lines = lines[..1];
        }

        return lines switch
        {
            [""] => "failed with nothing on stderr",
            [var line] when line.StartsWith("error: ", StringComparison.Ordinal) => null,
            [var line] => $"stderr does not start with 'error: ': {Shorten(line)}",
            _ => $"stderr has {lines.Length} lines, not one error line",
        };
    }

    /// <summary>
    /// Lines that say what the command did on the way (a rebuild of stale read models, progress), not errors.
    /// </summary>
    private static readonly string[] Notes = ["read models rebuilt from the log: ", "projected ", "verified "];

    private static string Shorten(string line) => line.Length <= 100 ? line : line[..100] + "…";
}
