using System.Diagnostics;
using Xunit.Abstractions;

namespace BudgetLedger.Cli.Tests;

/// <summary>The fault suite of tools/BudgetLedger.Faults (copied beside the tests by its project reference).</summary>
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_short_fault_suite_finds_no_crash_hang_or_wrong_store_change()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "BudgetLedger.Faults.dll"),
            // A hang is a hang at 15 s as at 5; the margin keeps a busy CI machine from passing for one.
            "--short", "--verbose", "--timeout", "15", "--seeds-folder", CliRun.SeedsFolder(),
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var suite = Process.Start(start)!;
        var stdout = suite.StandardOutput.ReadToEndAsync();
        var stderr = suite.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await suite.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            suite.Kill(entireProcessTree: true);
        }

        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        limit.IsCancellationRequested.Should().BeFalse($"the short suite must end within {Limit.TotalMinutes} minutes");
        suite.ExitCode.Should().Be(0, "the output above names each case that crashed, hung or changed a store wrongly");
    }
}
