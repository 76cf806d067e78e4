using BudgetLedger.EventStore;
using BudgetLedger.Projections.Engine;

namespace BudgetLedger.Projections.Tests;

/// <summary>A log that cannot be read ends a run with its error; it never restarts the projections in a loop.</summary>
public class ProjectionFailureTests
{
    [Fact]
    public async Task A_log_that_cannot_be_read_ends_a_one_shot_run_with_the_stores_error_after_one_read()
    {
        await using var ledger = await Ledger.WithSeeds();
        using var readModels = ledger.ReadModels("rm.db");
        var log = new FailingLog();

        var run = () => ProjectionHost.Run(log, readModels, new ProjectionOptions()).WaitAsync(TimeSpan.FromSeconds(5));

        (await run.Should().ThrowAsync<StoreUnavailableException>()).WithMessage("*cannot reach the server*");
        log.Reads.Should().Be(1);
    }

    [Fact]
    public async Task A_live_run_retries_a_bounded_number_of_times_with_waits_then_reports_it_failed()
    {
        await using var ledger = await Ledger.WithSeeds();
        using var readModels = ledger.ReadModels("rm.db");
        var log = new FailingLog();
        var states = new System.Collections.Concurrent.ConcurrentQueue<ProjectionProgress>();
        var failed = new TaskCompletionSource();
        var progress = new Progress<ProjectionProgress>(p =>
        {
            states.Enqueue(p);
            if (p.State == ProjectionState.Failed)
            {
                failed.TrySetResult();
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await using var host = await ProjectionHost.Start(log, readModels, new ProjectionOptions(Live: true,
            LiveRetries: 3), progress);
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        log.Reads.Should().Be(4, "one read and three retries");
        states.Where(s => s.State == ProjectionState.Retrying).Select(s => s.Error).Should().HaveCount(3)
            .And.AllSatisfy(e => e.Should().Contain("cannot reach the server"));
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(1200), "the waits double: 0.2 + 0.4 + 0.8 s");
        await host.Invoking(h => h.CatchUp(TimeSpan.FromSeconds(1))).Should().ThrowAsync<StoreUnavailableException>();
    }
}
