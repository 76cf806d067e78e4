using BudgetLedger.Faults.Fixtures;
using BudgetLedger.Faults.Running;

namespace BudgetLedger.Faults.Cases;

/// <summary>What a case runs with: its folder, the shared fixtures and the time limits.</summary>
public sealed class CaseContext(CaseFolder folder, SharedFixtures fixtures, SuiteOptions options)
{
    public CaseFolder Folder => folder;

    public SharedFixtures Fixtures => fixtures;

    public TimeSpan ImportTimeLimit => options.ImportTimeLimit;

    /// <summary>A one-shot command, within the short time limit.</summary>
    public Invocation Command(params string[] args) => new(args, folder.Cwd, folder.DataHome, options.TimeLimit);

    /// <summary>An import (or anything racing one), within the long time limit.</summary>
    public Invocation Long(params string[] args) => new(args, folder.Cwd, folder.DataHome, options.ImportTimeLimit);
}
