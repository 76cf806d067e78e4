using System.Diagnostics;

namespace BudgetLedger.Faults.Running;

/// <summary>
/// A running budget-ledger: `dotnet budget-ledger.dll …` with no stdin, $BUDGET_LEDGER_STORE cleared and
/// its output capped. <see cref="Finish"/> waits within the time limit; <see cref="KillAfter"/> is the kills'
/// SIGKILL.
/// </summary>
public sealed class LedgerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Invocation _invocation;
    private readonly OutputCapture _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _reading;

    private LedgerProcess(Invocation invocation)
    {
        _invocation = invocation;
        _process = Process.Start(StartInfo(invocation))
            ?? throw new InvalidOperationException($"could not start {LedgerExecutable.Host}");
        _process.StandardInput.Close();
        _reading = _output.Read(_process.StandardOutput.BaseStream, _process.StandardError.BaseStream, Kill);
    }

    public static LedgerProcess Start(Invocation invocation) => new(invocation);

    public static async Task<ProcessRun> Run(Invocation invocation)
    {
        using var process = Start(invocation);
        return await process.Finish();
    }

    public async Task<ProcessRun> Finish()
    {
        var left = _invocation.TimeLimit - _clock.Elapsed;
        using var limit = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        var timedOut = false;
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = !_process.HasExited;
            Kill();
        }

        return await Ended(timedOut && !_output.Overflowed, killedOnPurpose: false);
    }

    /// <summary>SIGKILLs the process tree after the delay, unless it has ended by then.</summary>
    public async Task<ProcessRun> KillAfter(TimeSpan delay)
    {
        await Task.WhenAny(_process.WaitForExitAsync(), Task.Delay(delay));
        var killed = !_process.HasExited;
        Kill();
        return await Ended(timedOut: false, killedOnPurpose: killed);
    }

    private async Task<ProcessRun> Ended(bool timedOut, bool killedOnPurpose)
    {
        await _process.WaitForExitAsync();
        var elapsed = _clock.Elapsed;
        await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(5)));
        return new ProcessRun(_invocation, _process.ExitCode, _output.Stdout, _output.Stderr,
            timedOut, _output.Overflowed, killedOnPurpose, elapsed);
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it has already exited
        }
    }

    private static ProcessStartInfo StartInfo(Invocation invocation)
    {
        var start = new ProcessStartInfo(LedgerExecutable.Host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = invocation.WorkingDirectory,
        };
        start.ArgumentList.Add(LedgerExecutable.Dll);
        foreach (var arg in invocation.Args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("BUDGET_LEDGER_STORE");
        start.Environment["XDG_DATA_HOME"] = invocation.DataHome;
        return start;
    }

    public void Dispose() => _process.Dispose();
}
