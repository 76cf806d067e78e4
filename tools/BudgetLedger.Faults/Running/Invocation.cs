namespace BudgetLedger.Faults.Running;

/// <summary>
/// One budget-ledger command: its arguments, the folder it runs in, the folder it may keep user data in
/// (a server ledger's read models) and how long it may take.
/// </summary>
public sealed record Invocation(
    IReadOnlyList<string> Args, string WorkingDirectory, string DataHome, TimeSpan TimeLimit)
{
    public string CommandLine => "budget-ledger " + string.Join(' ', Args.Select(Quote));

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./:=,@+".Contains(c)) ? arg
        : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
