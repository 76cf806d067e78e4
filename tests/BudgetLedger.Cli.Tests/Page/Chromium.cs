using System.Diagnostics;
using System.Globalization;

namespace BudgetLedger.Cli.Tests.Page;

/// <summary>
/// Debian's headless Chromium with a fresh profile and the DevTools protocol on a port of its choosing; disposing it
/// kills its whole process tree and deletes the profile.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _profile;

    private Chromium(Process process, string profile, int port) =>
        (_process, _profile, Port) = (process, profile, port);

    public int Port { get; }

    /// <summary>Why Chromium is missing after the install script ran, or null when it is there.</summary>
    public static string? Unavailable => BrowserInstall.Reason.Value;

    public static async Task<Chromium> Start(string profile)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            return new Chromium(process, profile, await ReadPort(profile, process));
        }
        catch
        {
            await Stop(process);
            throw;
        }
    }

    private static async Task<int> ReadPort(string profile, Process process)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (!timeout.IsCancellationRequested)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"chromium exited at start with code {process.ExitCode}");
            }

            var lines = File.Exists(file) ? await File.ReadAllLinesAsync(file, CancellationToken.None) : [];
            if (lines.Length > 0 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture,
                out var port))
            {
                return port;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        throw new TimeoutException($"chromium wrote no DevToolsActivePort within {StartTimeout.TotalSeconds} s");
    }

    public async ValueTask DisposeAsync()
    {
        await Stop(_process);
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A child still closing a file in the profile: the test's temp folder goes with it later.
        }
    }

    private static async Task Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        process.Dispose();
    }
}
