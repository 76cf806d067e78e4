using System.Diagnostics;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Tests.Sqlite;

namespace BudgetLedger.EventStore.Tests.PostgreSql;

/// <summary>
/// Writer processes race a catch-up reader that pages the log as fast as it can: what the reader saw, in order, must
/// be the final log, so no commit that landed behind a later position was ever skipped.
/// </summary>
public sealed class RacingReaderTests
{
    private const int Writers = 4;
    private const int BatchesEach = 150;

    [SkippableFact]
    public async Task A_catch_up_reader_racing_writer_processes_reads_every_event_once_in_log_order()
    {
        Skip.If(PostgreSqlServer.Unavailable is not null, PostgreSqlServer.Unavailable);
        var ledger = PostgreSqlServer.NewLedger("race");
        await using var store = PostgreSqlEventStore.Connect(ledger);
        await store.ReadAllBackwards(null, 1); // the schema, before the writers race to make it
        var writers = Enumerable.Range(0, Writers).Select(w => Start(ledger, w)).ToList();

        var seen = new List<RecordedEvent>();
        var pages = 0;
        GlobalPosition? after = null;
        while (true)
        {
            var running = writers.Any(w => !w.HasExited);
            var page = await store.ReadAllForwards(after, 64);
            pages++;
            seen.AddRange(page);
            after = page.Count > 0 ? page[^1].Position : after;
            if (!running && page.Count == 0)
            {
                break;
            }
        }

        foreach (var writer in writers)
        {
            (await writer.StandardOutput.ReadToEndAsync()).Trim().Should().Be("done",
                await writer.StandardError.ReadToEndAsync());
        }

        var log = await store.ReadAll().ToListAsync();
        log.Count.Should().BeGreaterThan(Writers * BatchesEach);
        pages.Should().BeGreaterThan(Writers, "the reader paged while the writers wrote");
        seen.Select(e => (e.Position, e.EventId)).Should().Equal(log.Select(e => (e.Position, e.EventId)));
        log.Select(e => e.Position.Commit).Should().Equal(Enumerable.Range(1, log.Count).Select(i => (ulong)i));
    }

    private static Process Start(string ledger, int writer)
    {
        var start = new ProcessStartInfo(DrillProgram.Host)
            { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { DrillProgram.Dll, "racing-appends", "--store", ledger, "--prefix", $"w{writer}",
            "--batches", $"{BatchesEach}", "--seed", $"{writer + 1}" })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
