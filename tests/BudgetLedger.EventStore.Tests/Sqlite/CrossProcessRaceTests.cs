using System.Diagnostics;
using System.Globalization;
using BudgetLedger.EventStore.Sqlite;

namespace BudgetLedger.EventStore.Tests.Sqlite;

public sealed class CrossProcessRaceTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task Eight_processes_racing_to_create_one_stream_yield_exactly_one_winner()
    {
        var path = fixture.NewPath();
        await (SqliteEventStore.Open(path)).DisposeAsync(); // create the schema before the race
        // Released together: each process waits for the same wall-clock instant, well after all have started.
        var goAt = DateTimeOffset.UtcNow.AddSeconds(4).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var processes = Enumerable.Range(0, 8).Select(_ => Start(path, "unit-race", goAt)).ToList();

        var outputs = await Task.WhenAll(processes.Select(async p =>
        {
            var text = await p.StandardOutput.ReadToEndAsync();
            var errors = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            p.ExitCode.Should().Be(0, errors);
            return text.Trim();
        }));

        outputs.Count(o => o == "won").Should().Be(1, string.Join(",", outputs));
        outputs.Count(o => o == "lost").Should().Be(7);
        await using var store = SqliteEventStore.Open(path);
        (await store.ReadStreamForwards("unit-race", 0, 10)).Should().ContainSingle();
    }

    private static Process Start(string path, string stream, string goAt)
    {
        var start = new ProcessStartInfo(DrillProgram.Host)
            { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { DrillProgram.Dll, "race", "--store", path, "--stream", stream, "--go-at", goAt })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
