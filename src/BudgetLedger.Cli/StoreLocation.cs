namespace BudgetLedger.Cli;

/// <summary>Where the ledger lives: --store, else $BUDGET_LEDGER_STORE, else budget-ledger.db in the current folder.</summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "BUDGET_LEDGER_STORE";
    public const string DefaultFileName = "budget-ledger.db";

    public static string Resolve(string? option) =>
        Path.GetFullPath(
            !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultFileName);
}
