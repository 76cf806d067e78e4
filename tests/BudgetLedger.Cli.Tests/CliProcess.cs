using System.Diagnostics;

namespace BudgetLedger.Cli.Tests;

internal sealed record ProcessResult(int ExitCode, string Output, string Error, TimeSpan Elapsed, bool TimedOut);

/// <summary>The built executable, run as a user runs it, killed (with its children) if it outlives its time.</summary>
internal static class CliProcess
{
    public static async Task<ProcessResult> Run(string folder, IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budget-ledger.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return new ProcessResult(process.ExitCode, await output, await error, clock.Elapsed, timedOut);
    }
}
