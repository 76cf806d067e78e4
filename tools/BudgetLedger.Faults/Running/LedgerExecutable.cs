namespace BudgetLedger.Faults.Running;

/// <summary>budget-ledger.dll, copied beside this program by its project reference; the host that runs it.</summary>
public static class LedgerExecutable
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "budget-ledger.dll");

    public static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
