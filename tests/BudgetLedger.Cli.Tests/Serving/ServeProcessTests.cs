using System.Diagnostics;

namespace BudgetLedger.Cli.Tests.Serving;

/// <summary>`serve` as a user starts it: the built executable, on loopback, stopped by Ctrl+C (SIGINT).</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Serve_listens_on_loopback_answers_and_stops_on_ctrl_c()
    {
        var store = Path.Combine(_folder.Path, "ledger.db");
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store)).ExitCode.Should().Be(0);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder.Path,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "budget-ledger.dll"), "serve", "--port", "0",
                "--store", store },
        };
        start.Environment.Remove("BUDGET_LEDGER_TOKEN");
        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var address = first!.Split(" on ")[1].Split(' ')[0];
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var status = await client.GetStringAsync($"{address}/api/status");

            first.Should().Contain("(read-only)");
            new Uri(address).Host.Should().Be("127.0.0.1");
            status.Should().Contain("\"documents\":5");
            Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!
                .WaitForExit();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}
