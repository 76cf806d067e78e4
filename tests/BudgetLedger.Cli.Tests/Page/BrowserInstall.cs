using System.Diagnostics;
using BudgetLedger.Testing;

namespace BudgetLedger.Cli.Tests.Page;

/// <summary>
/// Runs tools/browser/ensure-chromium.sh once per test run when Chromium is missing (so a fresh machine installs it);
/// the reason it is still missing after that, or null.
/// </summary>
internal static class BrowserInstall
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(8);

    public static readonly Lazy<string?> Reason = new(Ensure);

    private static string? Ensure()
    {
        if (File.Exists(Chromium.Executable))
        {
            return null;
        }

        var script = Path.Combine(Path.GetDirectoryName(Seeds.Folder)!, "tools", "browser", "ensure-chromium.sh");
        var start = new ProcessStartInfo("bash") { ArgumentList = { script }, RedirectStandardError = true,
            RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(InstallTimeout))
        {
            process.Kill(entireProcessTree: true);
            return $"{script} did not finish within {InstallTimeout.TotalMinutes} minutes";
        }

        return File.Exists(Chromium.Executable) ? null
            : $"{Chromium.Executable} is missing and {script} could not install it (exit {process.ExitCode}): "
                + error.Result.Trim();
    }
}
