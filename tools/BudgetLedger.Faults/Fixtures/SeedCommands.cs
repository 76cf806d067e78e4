namespace BudgetLedger.Faults.Fixtures;

/// <summary>Questions about the seeds' units: the 2022 work-injury centre [209105] and the bureau [209100].</summary>
public static class SeedCommands
{
    public static readonly string[] ReportBudget = ["report", "budget", "--unit", "209105", "--year", "2022"];

    public static readonly string[] FinalAccounts = ["report", "final-accounts", "--unit", "209100", "--year", "2022"];

    public static readonly string[] FindingsReport = ["report", "findings", "--unit", "209105", "--year", "2022"];

    public static readonly string[] Variance = ["variance", "--unit", "209105", "--from", "2022", "--to", "2026"];

    public static readonly string[] TraceLine =
        ["trace", "--unit", "209105", "--line", "2080107", "--from", "2022", "--to", "2026"];

    public static readonly string[] TraceProject =
        ["trace", "--project", "工伤保险业务经办费", "--from", "2022", "--to", "2026"];

    public static readonly string[] Rebuild = ["rebuild"];

    public static string[] Json(string[] args) => [.. args, "--format", "json"];

    public static string[] At(string store, params string[] args) => [.. args, "--store", store];

    private static readonly string[] Telling = ["--line", "--project", "--as-of", "--format"];

    /// <summary>The command's words and the options that tell its variants apart, for case names.</summary>
    public static string Label(string[] args) =>
        string.Join(' ', args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))
            .Concat(args.Index().Where(a => Telling.Contains(a.Item) && a.Index + 1 < args.Length)
                .SelectMany(a => new[] { a.Item, args[a.Index + 1] is { Length: > 0 } value ? value : "''" })));
}
