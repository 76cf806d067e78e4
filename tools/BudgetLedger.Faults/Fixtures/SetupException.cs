namespace BudgetLedger.Faults.Fixtures;

/// <summary>The suite cannot run its cases: no seeds, or the template ledger could not be built.</summary>
public sealed class SetupException(string message) : Exception(message);
