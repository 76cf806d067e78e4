using BudgetLedger.EventStore.Reading;
using BudgetLedger.Projections.Engine;

namespace BudgetLedger.Projections.Tests;

/// <summary>Read models are served only for the log they were folded from.</summary>
public class ReadModelOriginTests
{
    [Fact]
    public async Task Read_models_kept_while_the_ledger_was_replaced_by_a_new_one_are_rebuilt_not_served()
    {
        await using var first = await Ledger.WithSeeds(Seeds.All);
        await using var second = await Ledger.WithSeeds(Seeds.WorkInjuryCenter2022);
        using var kept = first.ReadModels("kept.db");
        await ProjectionHost.Run(first.Store, kept, new ProjectionOptions());
        kept.Units().Should().HaveCount(5);

        var run = await ProjectionHost.Run(second.Store, kept, new ProjectionOptions());

        run.Rebuilt.Should().Contain("another ledger");
        kept.Units().Select(u => u.Code).Should().Equal("209105");
        using var fresh = second.ReadModels("fresh.db");
        await ProjectionHost.Run(second.Store, fresh, new ProjectionOptions());
        Ledger.Snapshot(kept).Should().Be(Ledger.Snapshot(fresh));
    }

    [Fact]
    public async Task A_server_shaped_log_restarted_with_less_data_is_refolded_not_served_the_old_figures()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.All);
        var all = (await ledger.Store.ReadLast())!.Position.Commit;
        var before = await ServerShapedLog.Of(ledger.Store, (int)all);
        var after = await ServerShapedLog.Of(ledger.Store, 60);
        using var kept = ledger.ReadModels("kept.db");
        await ProjectionHost.Run(before, kept, new ProjectionOptions(BatchSize: 50));

        var run = await ProjectionHost.Run(after, kept, new ProjectionOptions(BatchSize: 50));

        run.Rebuilt.Should().Contain("no longer holds the event at position");
        using var fresh = ledger.ReadModels("fresh.db");
        await ProjectionHost.Run(after, fresh, new ProjectionOptions(BatchSize: 50));
        Ledger.Snapshot(kept).Should().Be(Ledger.Snapshot(fresh));
        kept.Units().Should().HaveCountLessThan(5, "the units of the lost events are gone with them");
    }

    [Fact]
    public async Task The_same_log_grown_since_is_caught_up_without_a_rebuild()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.WorkInjuryCenter2022);
        using var kept = ledger.ReadModels("kept.db");
        await ProjectionHost.Run(ledger.Store, kept, new ProjectionOptions());
        await ledger.Import(Seeds.DataCenter2026);

        var run = await ProjectionHost.Run(ledger.Store, kept, new ProjectionOptions());

        run.Rebuilt.Should().BeNull();
        run.EventsFolded.Should().BeLessThan((long)(await ledger.Store.ReadLast())!.Position.Commit, "only the new "
            + "events were folded");
    }
}
