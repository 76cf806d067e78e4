using BudgetLedger.Faults;
using BudgetLedger.Faults.Families;

// Hostile and careless-user cases replayed against the real budget-ledger, one process per command.
// CI runs `--short`; run the whole suite with `dotnet run --project tools/BudgetLedger.Faults -- --verbose`.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(Usage());
    return 0;
}

SuiteOptions options;
try
{
    options = SuiteOptions.From(Arguments.Parse(args));
    if (options.Only?.FirstOrDefault(name => FamilyList.All.All(f => f.Name != name)) is { } unknown)
    {
        throw new ArgumentException($"--only: no family '{unknown}'");
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(Usage());
    return 2;
}

return await Suite.Run(options, Console.Out);

static string Usage() => $"""
    usage: BudgetLedger.Faults [options]

    Runs families of hostile and careless-user cases against budget-ledger.dll (beside this program), each
    command a separate process in a folder of its own, and prints per family:
      cases  ok  crash  hang  wrong-change  unclear
    Exit 0 when no case crashed, hung or changed a store wrongly (with --strict: and none was unclear), else 1.

      --only FAMILY[,FAMILY]  run only these: {string.Join(", ", FamilyList.All.Select(f => f.Name))}
      --short                 a few cases per family (what the CI test runs)
      --seed N                seed for the random parts (kill moments, race starts, scribbled bytes); always printed
      --kills N               rounds of the kills family, each an import and a rebuild killed (default 6, short 1)
      --seeds-folder PATH     the seed disclosures (default: seeds/ found above the current folder or this program)
      --verbose               each case that was not ok (why, its command line, exit, first lines of output)
                              and where each kill landed
      --strict                unclear cases fail the run too
      --timeout S             time limit of a one-shot command (default 5)
      --import-timeout S      time limit of an import and of anything racing one (default 60)
      --keep                  keep the case folders (their path is printed)
    """;
