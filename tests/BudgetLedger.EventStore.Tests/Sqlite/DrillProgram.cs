namespace BudgetLedger.EventStore.Tests.Sqlite;

/// <summary>The drill program (tools/BudgetLedger.Stress), copied beside the tests by its project reference.</summary>
internal static class DrillProgram
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "BudgetLedger.Stress.dll");

    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}
