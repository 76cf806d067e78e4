using System.Diagnostics;
using System.Globalization;

namespace BudgetLedger.Testing;

/// <summary>
/// `serve --cluster` as a user starts it: the built executable (beside the caller's own binaries), one process per
/// node, on loopback.
/// </summary>
public sealed class ClusterNodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private ClusterNodeProcess(Process process, int httpPort, int clusterPort)
        => (_process, HttpPort, ClusterPort) = (process, httpPort, clusterPort);

    public int HttpPort { get; }

    public int ClusterPort { get; }

    public string Api => $"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}/api";

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }


    public static ClusterNodeProcess Start(string store, int clusterPort, IEnumerable<int> seeds, string folder)
    {
        var http = LoopbackPorts.Free();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "budget-ledger.dll"), "serve", "--store",
            store, "--port", $"{http}", "--cluster", "--cluster-port", $"{clusterPort}", "--seed-nodes",
            string.Join(',', seeds.Select(s => $"127.0.0.1:{s}")) })
        {
            start.ArgumentList.Add(arg);
        }

        var node = new ClusterNodeProcess(Process.Start(start)!, http, clusterPort);
        node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    private void Append(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    /// <summary>Waits until the node serves; its log is the failure message otherwise.</summary>
    public async Task Serving(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Log.Contains("serving ", StringComparison.Ordinal))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"node {ClusterPort} did not start serving:\n{Log}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no leaving, no hand-over; the others have to find out.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
