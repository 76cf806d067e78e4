using BudgetLedger.Projections.Log;
using BudgetLedger.Testing;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Domain.Events;
using System.Text;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.Projections.Engine;

namespace BudgetLedger.Projections.Tests;

/// <summary>The actor system over a real SQLite ledger holding the seeds.</summary>
public class ProjectionEngineTests
{
    [Fact]
    public async Task Stopped_midway_and_started_again_the_read_models_equal_a_clean_rebuild()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.All);
        var end = (await ledger.Store.ReadLast())!.Position.Commit;
        using var clean = ledger.ReadModels("clean.db");
        using var resumed = ledger.ReadModels("resumed.db");

        await ProjectionHost.Run(ledger.Store, clean, new ProjectionOptions(BatchSize: 64));
        var firstLeg = await ProjectionHost.Run(ledger.Store, resumed, new ProjectionOptions(BatchSize: 17,
            StopAtPosition: end / 2));
        var secondLeg = await ProjectionHost.Run(ledger.Store, resumed, new ProjectionOptions(BatchSize: 29));

        firstLeg.Checkpoint.Should().Be(end / 2);
        (firstLeg.EventsFolded + secondLeg.EventsFolded).Should().Be((long)end, "every event folded exactly once "
            + "across the two runs");
        Ledger.Snapshot(resumed).Should().Be(Ledger.Snapshot(clean));
        clean.Units().Should().HaveCount(5);
    }

    [Fact]
    public async Task An_actor_system_terminated_while_folding_resumes_to_the_same_read_models()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.All);
        using var clean = ledger.ReadModels("clean.db");
        await ProjectionHost.Run(ledger.Store, clean, new ProjectionOptions());
        using var interrupted = ledger.ReadModels("interrupted.db");
        var stopHere = new TaskCompletionSource();
        var progress = new Progress<ProjectionProgress>(p =>
        {
            if (p.EventsFolded >= 60)
            {
                stopHere.TrySetResult();
            }
        });

        var host = await ProjectionHost.Start(ledger.Store, interrupted, new ProjectionOptions(BatchSize: 7,
            Live: true), progress);
        await stopHere.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.DisposeAsync(); // the whole actor system goes, wherever it was
        var stoppedAt = interrupted.Checkpoint();
        await ProjectionHost.Run(ledger.Store, interrupted, new ProjectionOptions(BatchSize: 50));

        stoppedAt.Should().BeGreaterThan(0UL).And.BeLessThan(clean.Checkpoint());
        Ledger.Snapshot(interrupted).Should().Be(Ledger.Snapshot(clean));
    }

    [Fact]
    public async Task Events_appended_while_the_projection_runs_live_are_reflected()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.WorkInjuryCenter2022);
        using var live = ledger.ReadModels("live.db");
        await using var host = await ProjectionHost.Start(ledger.Store, live, new ProjectionOptions(Live: true,
            PollInterval: TimeSpan.FromMilliseconds(20)));
        await host.CatchUp();
        live.Units().Should().ContainSingle();

        await ledger.Import(Seeds.DataCenter2026);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (live.Units().Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        live.Units().Should().HaveCount(2);
        live.Units().Single(u => u.Code is null).Year(2026).Appropriations.Sum(a => a.Amount).Should().Be(1371.76m);
    }

    [Fact]
    public async Task A_year_whose_tables_arrive_in_several_catch_ups_keeps_each_once()
    {
        await using var ledger = await Ledger.WithSeeds();
        using var readModels = ledger.ReadModels("read.db");
        var first = SampleEvents.All().OfType<TablePublished>().Single();
        var second = first with { Ordinal = first.Ordinal + 1, Title = "2022年部门收支总表" };
        var reread = first with { Title = first.Title + "（重读）" };
        foreach (var (table, stream) in new[] { (first, "document-a"), (second, "document-b"), (reread, "document-c") })
        {
            var s = EventSerializer.Default.Serialize(table, SampleEvents.Metadata());
            await ledger.Store.Append(stream, ExpectedRevision.NoStream,
                [new EventData(Guid.NewGuid(), s.WireName, s.Data, s.Metadata)]);
            await ProjectionHost.Run(ledger.Store, readModels, new ProjectionOptions());
        }

        var unit = readModels.Unit(first.UnitId.Value)!;
        unit.Year(2022).PublishedTables.Should().BeEmpty("a unit's view leaves its tables out unless asked");
        var read = await TablesAsPublished.Read(ledger.Store, readModels, unit, 2022);
        read.Year(2022).PublishedTables.Select(t => t.Title).Should()
            .Equal([second.Title, reread.Title], "a table published again replaces its copy, at its new place");
    }

    [Fact]
    public async Task A_poisoned_event_is_reported_with_its_position_and_the_other_units_go_on()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.WorkInjuryCenter2022);
        var poison = await ledger.Store.Append("manual-poison", ExpectedRevision.NoStream,
            [new EventData(Guid.NewGuid(), "V7.SomethingNoProjectionKnows",
                Encoding.UTF8.GetBytes("{\"unitId\":\"unit-209105\"}"), "{}"u8.ToArray())]);
        await ledger.Import(Seeds.XinzhouCardCenter2023);
        using var readModels = ledger.ReadModels("poisoned.db");

        var progress = await ProjectionHost.Run(ledger.Store, readModels, new ProjectionOptions());

        readModels.Faults().Should().ContainSingle().Which.Should().Match<Storage.ProjectionFault>(f => f.Position ==
            poison.LastPosition.Commit && f.Type == "V7.SomethingNoProjectionKnows");
        progress.Faults.Should().Be(1);
        readModels.Units().Should().HaveCount(2, "the units before and after the poisoned event are both projected");
        readModels.Units().Single(u => u.Code ==
            "209105").Year(2022).Appropriations.Sum(a => a.Amount).Should().Be(1762.94m);
    }

    [Fact]
    public async Task Replaying_as_of_a_position_shows_the_ledger_as_it_stood_and_leaves_the_live_models_alone()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.WorkInjuryCenter2022);
        var then = (await ledger.Store.ReadLast())!.Position.Commit;
        foreach (var seed in Seeds.All.Where(s => s != Seeds.WorkInjuryCenter2022))
        {
            await ledger.Import(seed);
        }

        using var live = ledger.ReadModels("live.db");
        await ProjectionHost.Run(ledger.Store, live, new ProjectionOptions());
        var liveBefore = Ledger.Snapshot(live);
        using var asOf = ledger.ReadModels("as-of.db");

        await ProjectionHost.Run(ledger.Store, asOf, new ProjectionOptions(StopAtPosition: then));

        asOf.Units().Should().ContainSingle().Which.Code.Should().Be("209105");
        asOf.Checkpoint().Should().Be(then);
        Ledger.Snapshot(live).Should().Be(liveBefore);
        live.Units().Should().HaveCount(5);
    }
}
