using BudgetLedger.Domain.Projects;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using Newtonsoft.Json;

namespace BudgetLedger.Projections.Tests.ReadModelPort;

/// <summary>
/// What every read-model adapter must do, run on each: fold the seeds to what a SQLite file holds, answer every
/// query alike, and refuse a commit whose checkpoint another writer moved.
/// </summary>
public abstract class ReadModelContract
{
    /// <summary>Why the adapter's backing server cannot be had here; null when it can.</summary>
    protected virtual string? Unavailable => null;

    /// <summary>
    /// A new, empty place for read models; each call of the returned function opens another connection.
    /// </summary>
    protected abstract Func<ReadModelStore> NewPlace();

    [SkippableFact]
    public async Task Folding_the_seeds_gives_what_a_SQLite_file_holds_and_every_query_answers_alike()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await using var ledger = await Ledger.WithSeeds(Seeds.All);
        using var expected = ledger.ReadModels("expected.readmodels");
        using var store = NewPlace()();
        await ProjectionHost.Run(ledger.Store, expected, new ProjectionOptions { BatchSize = 97 });
        await ProjectionHost.Run(ledger.Store, store, new ProjectionOptions { BatchSize = 97 });

        store.UnitCount().Should().BeGreaterThan(4);
        Ledger.Snapshot(store).Should().Be(Ledger.Snapshot(expected));
        Queries(store).Should().Be(Queries(expected));
        store.Origin().Should().Be(expected.Origin());
    }

    [SkippableFact]
    public void A_commit_from_a_checkpoint_another_writer_moved_is_refused_and_writes_nothing()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var open = NewPlace();
        using var first = open();
        using var second = open();
        first.Claim("ledger-a");

        first.Commit(0, Point(5), [(Unit("u1", 5), Years())], []);
        var stale = () => second.Commit(0, Point(7), [(Unit("u2", 7), Years())], [Fault(6)]);

        stale.Should().Throw<CheckpointMovedException>().Which.Found.Should().Be(5);
        second.Checkpoint().Should().Be(5);
        second.Unit("u2").Should().BeNull();
        second.Faults().Should().BeEmpty();
        second.Commit(5, Point(7), [(Unit("u2", 7), Years())], [Fault(6)]);
        first.UnitNames().Select(u => u.UnitId).Should().Equal("u1", "u2");
    }

    [SkippableFact]
    public async Task Of_writers_racing_from_one_checkpoint_exactly_one_commits()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var open = NewPlace();
        var stores = Enumerable.Range(0, 4).Select(_ => open()).ToList();
        try
        {
            stores[0].Claim("ledger-a");
            var tries = stores.Select((s, i) => Task.Run(() =>
            {
                s.Commit(0, Point(10UL + (ulong)i), [(Unit($"u{i}", 10UL + (ulong)i), Years())], []);
                return i;
            })).ToList();
            var won = await Task.WhenAll(tries.Select(async t =>
            {
                try
                {
                    return await t;
                }
                catch (CheckpointMovedException)
                {
                    return -1;
                }
            }));

            won.Count(i => i >= 0).Should().Be(1);
            var winner = won.Single(i => i >= 0);
            stores[1].Checkpoint().Should().Be(10UL + (ulong)winner);
            stores[2].UnitNames().Select(u => u.UnitId).Should().Equal($"u{winner}");
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [SkippableFact]
    public void Read_models_another_writer_rebuilt_meanwhile_are_not_emptied_again()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var open = NewPlace();
        using var first = open();
        using var second = open();
        first.Claim("ledger-a");
        first.Commit(0, Point(3), [(Unit("u1", 3), Years())], []);
        var seen = second.Origin();

        first.RecreateFor("ledger-b", seen).Should().BeTrue();
        var stale = () => second.Commit(0, Point(4), [(Unit("u8", 4), Years())], []);
        stale.Should().Throw<CheckpointMovedException>("a batch of the old ledger may not land in the new one's");
        first.Commit(0, Point(2, "ledger-b"), [(Unit("u9", 2), Years())], []);

        second.RecreateFor("ledger-b", seen).Should().BeFalse("the origin it saw is gone: another writer rebuilt");
        second.UnitNames().Select(u => u.UnitId).Should().Equal("u9");
        second.Checkpoint().Should().Be(2);
    }

    [SkippableFact]
    public void Reads_in_a_snapshot_see_one_committed_state_while_another_writer_commits()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var open = NewPlace();
        using var reader = open();
        using var writer = open();
        writer.Claim("ledger-a");
        writer.Commit(0, Point(3), [(Unit("u1", 3), Years())], []);

        using (reader.Snapshot())
        {
            reader.Checkpoint().Should().Be(3);
            writer.Commit(3, Point(5), [(Unit("u2", 5), Years())], [Fault(4)]);

            reader.Origin()!.Position.Should().Be(3);
            reader.UnitNames().Select(u => u.UnitId).Should().Equal("u1");
            reader.Faults().Should().BeEmpty();
        }

        reader.Checkpoint().Should().Be(5);
        reader.UnitNames().Select(u => u.UnitId).Should().Equal("u1", "u2");
    }

    [SkippableFact]
    public void A_batch_of_more_rows_than_one_round_trip_carries_is_written_whole()
    {
        Skip.If(Unavailable is not null, Unavailable);
        using var store = NewPlace()();
        store.Claim("ledger-a");
        var count = 2 * RowWriterBatch + 201;
        var units = Enumerable.Range(1, count).Select(i => (Unit($"u{i:D5}", (ulong)i), Years())).ToList();
        var faults = Enumerable.Range(1, count).Select(i => Fault((ulong)i)).ToList();

        store.Commit(0, Point((ulong)count), units, faults);

        store.UnitNames().Select(u => u.UnitId).Should().Equal(units.Select(u => u.Item1.UnitId));
        store.Unit($"u{count:D5}")!.LastPosition.Should().Be((ulong)count);
        store.Faults().Select(f => f.Position).Should().Equal(faults.Select(f => f.Position));
        store.Checkpoint().Should().Be((ulong)count);
    }

    /// <summary>Rows a server adapter sends per round trip (RowWriter's batch).</summary>
    private const int RowWriterBatch = 500;

    private static LogPoint Point(ulong position, string ledger = "ledger-a") =>
        new(ledger, position, "unit-x", position, [1, 2, 3]);

    private static UnitView Unit(string id, ulong position) =>
        new(id) { Name = id + " 单位", LastPosition = position };

    private static IReadOnlyDictionary<int, byte[]> Years() =>
        new Dictionary<int, byte[]> { [2024] = ReadModelStore.Serialize(new YearView()) };

    private static ProjectionFault Fault(ulong position) => new(position, "Unknown", "no such event type");

    /// <summary>Every query the reports make, over every unit, as one comparable text.</summary>
    private static string Queries(ReadModelStore store)
    {
        var units = store.UnitNames().Select(u => u.UnitId).ToList();
        var lines = new[] { "2", "201", "205", "20801", "2080505", "221", "3" }
            .ToDictionary(c => c, c => store.LineFacts(units, c).Select(f => (f.UnitId, f.Fact.Position,
                f.Fact.Ordinal)).ToList());
        var keys = lines.Values.SelectMany(l => l).Select(f => f.UnitId).Distinct().SelectMany(u =>
                store.LineFacts([u], "").Concat(store.LineFacts([u], "2")))
            .Select(f => f.Fact.Project).OfType<string>().Select(ProjectNameKey.Of).Distinct().Order().ToList();
        return JsonConvert.SerializeObject(new
        {
            Years = store.Years().Order(), Count = store.UnitCount(), Lines = lines,
            Projects = keys.Select(k => store.ProjectFacts([k]).Select(f => (f.UnitId, f.Fact.Position))),
            ProjectsOfUnits = store.ProjectFacts(keys, units.Take(2).ToList()).Count,
            Directory = Enum.GetValues<DirectoryFactKind>().Select(k => store.Directory(k)),
            Naming = units.Select(store.Naming),
            Documents = store.Directory(DirectoryFactKind.Disclosed).Select(d => d.DocumentSha256)
                .OfType<string>().Select(store.DocumentFileName),
        });
    }
}
