using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Guards;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// Every command with --store at things that are not ledgers: a refusal in one line, the target byte-identical,
/// nothing new in the working directory. A 0-byte file is not an empty ledger.
/// </summary>
public static class StoreTargets
{
    private static readonly string[] DevNullLeftovers =
        ["-wal", "-shm", "-journal", ".readmodels", ".readmodels-wal", ".readmodels-shm", ".readmodels-journal"];

    private static readonly (string Target, string Command)[] ShortOnes =
    [
        (StoreTarget.EmptyFile, "status"), (StoreTarget.EmptyFile, "verify"),
        ("Host=127.0.0.1;Port=5432;Database=x", "init"),
        ("another program's SQLite file", "report budget"), ("a ledger cut to its first 3,000 bytes", "status"),
        ("/dev/null", "init"),
    ];

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan)
    {
        string[][] commands =
            [["init"], ["import"], ["status"], ["verify"], ["log"], ReportBudget, Rebuild, ["findings"]];
        return StoreTarget.All(plan.Random.Next()).SelectMany(t => commands.Select(c => Case(t, c))).ToList();
    }

    private static FaultCase Case(StoreTarget target, string[] command) =>
        new($"{Label(command)} at {target.Name}", async context =>
        {
            var (store, guards) = await target.Arrange(context);
            var import = command is ["import"];
            var args = import ? ["import", context.Fixtures.SeedsFolder] : command;
            var invocation = import ? context.Long(At(store, args)) : context.Command(At(store, args));
            var expected = target.Name == StoreTarget.EmptyFile && command[0] is "status" or "verify"
                ? Expectation.Exit(1)
                // status reads only the kept summary and the last event: damage elsewhere is verify's to find
                : target.Name == StoreTarget.Scribbled && command[0] == "status" ? Expectation.Exit(0, 1, 2)
                : Expectation.Refusal;
            if (command[0] == "verify")
            {
                // verify may answer a damaged ledger with its finding on stdout instead of an error
                expected = expected with { FindingOnStdout = "FAILED: " };
            }
            var verdict = await Step.Check(invocation, expected,
                import ? [.. guards, Guard.Entries(context.Fixtures.SeedsFolder)] : guards);
            if (store == "/dev/null")
            {
                RemoveDevNullLeftovers();
            }

            return verdict;
        }, ShortOnes.Contains((target.Name, Label(command))));

    /// <summary>Files the CLI may have made beside /dev/null; these names are never a device's.</summary>
    private static void RemoveDevNullLeftovers()
    {
        foreach (var leftover in DevNullLeftovers.Select(s => "/dev/null" + s).Where(File.Exists))
        {
            File.Delete(leftover);
        }
    }
}
