using System.Diagnostics;
using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Families;
using BudgetLedger.Faults.Fixtures;
using BudgetLedger.Faults.Reporting;
using BudgetLedger.Faults.Running;

namespace BudgetLedger.Faults;

/// <summary>Runs the chosen families case by case, each in its own folder, and prints what they came to.</summary>
public static class Suite
{
    public static async Task<int> Run(SuiteOptions options, TextWriter output)
    {
        var families = FamilyList.All.Index().Where(f => options.Only?.Contains(f.Item.Name) != false).ToList();
        var root = Directory.CreateTempSubdirectory("budget-ledger-faults-").FullName;
        try
        {
            var fixtures = new SharedFixtures(root, SeedsFolder.Find(options.SeedsFolder), options);
            output.WriteLine($"budget-ledger fault suite: seed {options.Seed}{(options.Short ? ", short" : "")}; "
                + $"{LedgerExecutable.Dll}; seeds {fixtures.SeedsFolder}");
            var tallies = new List<(string, Tally)>();
            foreach (var (index, family) in families)
            {
                tallies.Add((family.Name, await RunFamily(family, index, fixtures, root, options, output)));
            }

            if (fixtures.Built is { } template)
            {
                output.WriteLine($"a clean import of the seeds took {template.ImportTime.TotalSeconds:F1} s, "
                    + $"a rebuild {template.RebuildTime.TotalSeconds:F1} s: "
                    + $"{template.Events} events in {template.StreamCounts.Count} streams");
            }

            SummaryTable.Print(output, tallies);
            var total = new Tally();
            tallies.ForEach(t => total.Add(t.Item2));
            return total.Fails(options.Strict) ? 1 : 0;
        }
        catch (SetupException e)
        {
            output.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            Clean(root, options.Keep, output);
        }
    }

    private static async Task<Tally> RunFamily(
        Family family, int index, SharedFixtures fixtures, string root, SuiteOptions options, TextWriter output)
    {
        var plan = new FamilyPlan(new Random(options.Seed + (7919 * index)), options.Short, options.Kills);
        var cases = family.Cases(plan).Where(c => !options.Short || c.Short).ToList();
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        foreach (var (n, faultCase) in cases.Index())
        {
            var folder = new CaseFolder(Path.Combine(root, $"{family.Name}-{n + 1:D3}"));
            var verdict = await Run(faultCase, new CaseContext(folder, fixtures, options));
            tally.Add(verdict.Outcome);
            if (options.Verbose && (verdict.Outcome != Outcome.Ok || verdict.Reason.Length > 0))
            {
                CaseReport.Print(output, family.Name, faultCase, verdict);
            }

            if (!options.Keep)
            {
                TryDelete(folder.Root);
            }
        }

        output.WriteLine($"{family.Name}: {cases.Count} cases in {clock.Elapsed.TotalSeconds:F1} s");
        return tally;
    }

    private static async Task<Verdict> Run(FaultCase faultCase, CaseContext context)
    {
        try
        {
            return await faultCase.Run(context);
        }
        catch (Exception e) when (e is not SetupException)
        {
            return new Verdict(Outcome.Unclear, $"the suite itself failed: {e.GetType().Name}: {e.Message}", null);
        }
    }

    private static void Clean(string root, bool keep, TextWriter output)
    {
        if (keep)
        {
            output.WriteLine($"case folders kept in {root}");
            return;
        }

        TryDelete(root);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a case left something undeletable (or still open); the temp folder is the system's to clear
        }
        catch (UnauthorizedAccessException)
        {
            // as above
        }
    }
}
