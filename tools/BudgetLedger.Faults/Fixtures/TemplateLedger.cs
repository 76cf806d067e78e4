using BudgetLedger.Faults.Running;

namespace BudgetLedger.Faults.Fixtures;

/// <summary>
/// The seeds imported once into a ledger file, read models caught up, copied for each case that needs a
/// ledger; and what a clean, undisturbed run shows: the report, each stream's event count, the times taken.
/// </summary>
public sealed record TemplateLedger(
    string Path,
    TimeSpan ImportTime,
    TimeSpan RebuildTime,
    string CleanReport,
    IReadOnlyDictionary<string, int> StreamCounts)
{
    public int Events => StreamCounts.Values.Sum();

    public static async Task<TemplateLedger> Build(string folder, string seeds, SuiteOptions options)
    {
        var path = System.IO.Path.Combine(folder, "template.db");
        async Task<ProcessRun> Run(params string[] args) => Succeeded(await LedgerProcess.Run(
            new Invocation([.. args, "--store", path], folder, folder, options.ImportTimeLimit)));

        var import = await Run("import", seeds);
        var report = await Run(SeedCommands.ReportBudget);
        var rebuild = await Run(SeedCommands.Rebuild);
        var log = await Run("log", "--format", "jsonl");
        var counts = Fixtures.StreamCounts.Parse(log.Stdout);
        return new TemplateLedger(path, import.Elapsed, rebuild.Elapsed, report.Stdout, counts);
    }

    /// <summary>A copy under the name given, with its write-ahead log if any and, if asked, its read models.</summary>
    public string CopyTo(string folder, string name = "ledger.db", bool withReadModels = true)
    {
        var target = System.IO.Path.Combine(folder, name);
        string[] sidecars = withReadModels ? ["-wal", ".readmodels", ".readmodels-wal"] : ["-wal"];
        File.Copy(Path, target);
        foreach (var sidecar in sidecars.Where(s => File.Exists(Path + s)))
        {
            File.Copy(Path + sidecar, target + sidecar);
        }

        return target;
    }

    private static ProcessRun Succeeded(ProcessRun run) =>
        run is { ExitCode: 0, TimedOut: false, Flooded: false } ? run
        : throw new SetupException($"the template ledger: `{run.Invocation.CommandLine}` ended {run.ExitDescription}: "
            + run.Stderr.Split('\n').FirstOrDefault());
}
