using System.Diagnostics;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>A folder seen again through a read-only bind mount: a copy nobody can write, not even root.</summary>
internal sealed class ReadOnlyMount : IDisposable
{
    private ReadOnlyMount(string path) => Path = path;

    public string Path { get; }

    /// <summary>The mount, or null with why it could not be made here (not root, no mount namespace).</summary>
    public static (ReadOnlyMount? Mount, string? Why) Of(string source)
    {
        var target = Directory.CreateTempSubdirectory("budget-ledger-ro-").FullName;
        var error = Run("mount", "--bind", source, target) ?? Run("mount", "-o", "remount,ro,bind", target);
        if (error is null)
        {
            return (new ReadOnlyMount(target), null);
        }

        Run("umount", "--lazy", target);
        Directory.Delete(target);
        return (null, $"no read-only bind mount here ({error.Trim()})");
    }

    private static string? Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            args.ToList().ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{program}: {error}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{program}: {e.Message}";
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", "--lazy", Path);
        Directory.Delete(Path);
    }
}
