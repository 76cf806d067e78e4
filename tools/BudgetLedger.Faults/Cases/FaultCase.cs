namespace BudgetLedger.Faults.Cases;

/// <summary>One hostile or careless use; <see cref="Short"/> ones make up the `--short` run.</summary>
public sealed record FaultCase(string Name, Func<CaseContext, Task<Verdict>> Run, bool Short = false);
