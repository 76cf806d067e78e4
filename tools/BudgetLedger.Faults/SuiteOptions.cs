namespace BudgetLedger.Faults;

/// <summary>What the command line asked of the suite.</summary>
public sealed record SuiteOptions(
    IReadOnlySet<string>? Only,
    bool Short,
    int Seed,
    int? Kills,
    string? SeedsFolder,
    bool Verbose,
    bool Strict,
    bool Keep,
    TimeSpan TimeLimit,
    TimeSpan ImportTimeLimit)
{
    private static readonly string[] Known =
        ["only", "short", "seed", "kills", "seeds-folder", "verbose", "strict", "keep", "timeout", "import-timeout"];

    public static SuiteOptions From(Arguments arguments)
    {
        if (arguments.Names.FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            throw new ArgumentException($"unknown option --{unknown}");
        }

        var only = arguments.Get("only")
            ?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new SuiteOptions(
            only?.ToHashSet(StringComparer.Ordinal),
            arguments.Flag("short"),
            arguments.GetInt("seed") ?? Random.Shared.Next(1, 1_000_000),
            arguments.GetInt("kills"),
            arguments.Get("seeds-folder"),
            arguments.Flag("verbose"),
            arguments.Flag("strict"),
            arguments.Flag("keep"),
            TimeSpan.FromSeconds(arguments.GetInt("timeout") ?? 5),
            TimeSpan.FromSeconds(arguments.GetInt("import-timeout") ?? 60));
    }
}
