using System.Diagnostics;

namespace BudgetLedger.Testing;

/// <summary>
/// The PostgreSQL server the tests of one test process share: $BUDGET_LEDGER_POSTGRES when set, else a throwaway one
/// started by tools/postgres/throwaway.sh (initdb in a temporary folder, a free loopback port; Debian's postgresql
/// installed first when missing) and stopped when the process exits. Tests that need it skip with
/// <see cref="Unavailable"/> when it cannot be had.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "BUDGET_LEDGER_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, string? Why)> Server = new(Start);

    /// <summary>Npgsql's key=value form (Host=127.0.0.1;Port=…;Username=postgres;Database=postgres).</summary>
    public static string ConnectionString => Server.Value.ConnectionString
        ?? throw new InvalidOperationException(Server.Value.Why);

    /// <summary>Why no server can be had here, or null.</summary>
    public static string? Unavailable => Server.Value.Why;

    /// <summary>A ledger of its own on the server (a schema nobody else uses).</summary>
    public static string NewLedger(string prefix = "t") =>
        $"{ConnectionString};Ledger={prefix}{Guid.NewGuid():N}";

    private static (string?, string?) Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return (given, null);
        }

        var script = Path.Combine(Path.GetDirectoryName(Seeds.Folder)!, "tools", "postgres", "throwaway.sh");
        var folder = Path.Combine(Path.GetTempPath(), $"budget-ledger-pg-{Guid.NewGuid():N}");
        var (code, output, errors) = Run(script, "start", folder, LoopbackPorts.Free().ToString(
            System.Globalization.CultureInfo.InvariantCulture));
        if (code != 0)
        {
            return (null, $"no PostgreSQL server: {script} failed ({errors.Trim()}); set {Variable} to a "
                + "connection string to use one");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", folder);
        return (output.Trim(), null);
    }


    private static (int Code, string Output, string Errors) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
