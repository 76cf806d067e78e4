using System.Collections.Concurrent;
using System.Diagnostics;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.TamperEvidence;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.Stress;

/// <summary>
/// One crash: start a writer process, SIGKILL it after a delay, then check the file: SQLite's integrity
/// check passes, every batch is whole or absent, every batch acknowledged before the kill is present,
/// and the hash chain holds.
/// </summary>
public static class CrashRound
{
    public sealed record Result(int Acknowledged, int BatchesStored, long Events, string? Broken)
    {
        public bool Holds => Broken is null;

        public override string ToString() =>
            $"{Acknowledged} batches acknowledged, {BatchesStored} stored, {Events} events; "
                + (Broken ?? "integrity ok, batches whole, acknowledged present, chain holds");
    }

    public static async Task<Result> Run(string storePath, string prefix, int killAfterMs, string writerDll)
    {
        var acknowledged = new ConcurrentBag<string>();
        var ready = new TaskCompletionSource();
        using var writer = Start(writerDll, storePath, prefix);
        writer.OutputDataReceived += (_, line) =>
        {
            if (line.Data == "READY")
            {
                ready.TrySetResult();
            }
            else if (line.Data?.StartsWith("ACK ", StringComparison.Ordinal) == true)
            {
                acknowledged.Add(line.Data[4..]);
            }
        };
        writer.BeginOutputReadLine();
        var stderr = writer.StandardError.ReadToEndAsync();
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60))) != ready.Task)
        {
            writer.Kill(entireProcessTree: true);
            return new Result(0, 0, 0, $"the writer never became ready: {await stderr}");
        }

        await Task.Delay(killAfterMs);
        var ackedBeforeKill = acknowledged.ToHashSet(StringComparer.Ordinal);
        writer.Kill(entireProcessTree: true); // SIGKILL on Linux
        await writer.WaitForExitAsync();
        return await Check(storePath, ackedBeforeKill);
    }

    private static Process Start(string writerDll, string storePath, string prefix)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { writerDll, "append-batches", "--store", storePath, "--prefix", prefix })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the writer");
    }

    private static async Task<Result> Check(string storePath, HashSet<string> ackedBeforeKill)
    {
        var integrity = IntegrityCheck(storePath);
        if (integrity != "ok")
        {
            return new Result(ackedBeforeKill.Count, 0, 0, $"PRAGMA integrity_check: {integrity}");
        }

        await using var store = SqliteEventStore.Open(storePath);
        var batches = new Dictionary<string, (int Size, int Seen)>(StringComparer.Ordinal);
        long events = 0;
        await foreach (var e in store.ReadAll())
        {
            var (batch, size) = BatchMarker.Read(e.Metadata);
            batches[batch] = (size, batches.GetValueOrDefault(batch).Seen + 1);
            events++;
        }

        var broken = batches.Where(b => b.Value.Seen != b.Value.Size)
            .Select(b => $"{b.Key} ({b.Value.Seen} of {b.Value.Size})").FirstOrDefault();
        var lost = ackedBeforeKill.Where(a => !batches.ContainsKey(a)).FirstOrDefault();
        var verification = await new LedgerVerifier(store).Verify();
        var problem =
            broken is not null ? $"batch {broken} is partly stored"
            : lost is not null ? $"batch {lost} was acknowledged before the kill but is missing"
            : verification.Failure is { } failure ? $"verify: {failure}"
            : verification.SummaryDifferences.FirstOrDefault() is { } summary ? $"verify: {summary}"
            : null;
        return new Result(ackedBeforeKill.Count, batches.Count, events, problem);
    }

    private static string IntegrityCheck(string storePath)
    {
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = storePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return string.Join("; ", ReadAll(command));
    }

    private static IEnumerable<string> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetString(0);
        }
    }
}
