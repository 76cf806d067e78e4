using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.Contract;

/// <summary>
/// For stores that keep a summary of their log (<see cref="ILogSummary"/>): it gives what a walk of the whole log
/// gives, whatever was appended, retried or refused.
/// </summary>
public abstract class LogSummaryContract<TFixture>(TFixture fixture, ITestOutputHelper output) : IAsyncLifetime
    where TFixture : IStoreFixture
{
    private static readonly string[] Types = ["V1.TestLine", "V1.DocumentImported", "V1.FindingRecorded"];
    private IEventStore? _store;

    protected TFixture Fixture { get; } = fixture;

    protected IEventStore Store => _store ?? throw new InvalidOperationException("made in InitializeAsync");

    public async Task InitializeAsync()
    {
        Skip.If(Fixture.Unavailable is not null, Fixture.Unavailable);
        _store = await Fixture.CreateStore();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task The_kept_summary_equals_a_walk_after_batches_of_many_sizes_and_multi_stream_appends()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var store = Store;
        try
        {
            for (var round = 0; round < 40; round++)
            {
                if (random.Next(2) == 0)
                {
                    var events = Events(random, 1 + random.Next(150));
                    await store.Append($"unit-{random.Next(12)}", ExpectedRevision.Any, events);
                }
                else
                {
                    var streams = Enumerable.Range(0, 30).Select(_ => $"unit-{random.Next(30)}").Distinct()
                        .Take(2 + random.Next(3));
                    await store.AppendMultiple(streams.Select(s =>
                        new StreamAppend(s, ExpectedRevision.Any, Events(random, 1 + random.Next(40)))).ToList());
                }

                if (round % 8 == 7)
                {
                    store = await Fixture.Connect(Store);
                    await ShouldEqualAWalk(store, $"seed {seed}, round {round}");
                }
            }

            await ShouldEqualAWalk(store, $"seed {seed}");
        }
        finally
        {
            if (store != Store)
            {
                await store.DisposeAsync();
            }
        }
    }


    [SkippableFact]
    public async Task An_empty_ledger_keeps_an_empty_summary()
    {
        var store = Store;

        var kept = (await Summary(store))!;

        kept.Events.Should().Be(0);
        kept.LastPosition.Should().BeNull();
        kept.TailMismatch().Should().BeNull();
        await ShouldEqualAWalk(store, "empty");
    }


    [SkippableFact]
    public async Task Storing_a_batch_again_leaves_the_summary_as_it_was()
    {
        var store = Store;
        var batch = TestEvents.Lines(5);
        await store.Append("unit-a", ExpectedRevision.NoStream, batch);
        await store.Append("unit-b", ExpectedRevision.NoStream, TestEvents.Lines(3));
        var before = (await Summary(store))!;

        (await store.Append("unit-a", ExpectedRevision.NoStream, batch)).AlreadyStored.Should().BeTrue();

        Same(await Summary(store), before);
        await ShouldEqualAWalk(store, "after the retry");
    }


    [SkippableFact]
    public async Task A_failed_append_rolls_the_summary_back_with_its_events()
    {
        var store = Store;
        await store.Append("unit-a", ExpectedRevision.NoStream, TestEvents.Lines(4));
        var before = (await Summary(store))!;

        var single = () => store.Append("unit-a", ExpectedRevision.Exact(1), TestEvents.Lines(2));
        var multiple = () => store.AppendMultiple([new StreamAppend("unit-new", ExpectedRevision.NoStream,
            TestEvents.Lines(3)), new StreamAppend("unit-a", ExpectedRevision.NoStream, TestEvents.Lines(1))]);

        await single.Should().ThrowAsync<WrongExpectedRevisionException>();
        await multiple.Should().ThrowAsync<WrongExpectedRevisionException>();
        Same(await Summary(store), before);
        await ShouldEqualAWalk(store, "after the failed appends");
    }


    [SkippableFact]
    public async Task Verify_while_appends_go_on_finds_the_summary_agreeing_with_the_log()
    {
        var writer = Store;
        await writer.Append("unit-fill", ExpectedRevision.NoStream, TestEvents.Lines(30));
        await using var reader = await Fixture.Connect(Store);
        var appends = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                await writer.Append($"unit-{i % 7}", ExpectedRevision.Any, TestEvents.Lines(1 + (i % 5)));
            }
        });

        var reports = new List<VerificationReport>();
        while (!appends.IsCompleted)
        {
            reports.Add(await new LedgerVerifier(reader, pageSize: 16).Verify());
        }

        await appends;
        reports.Should().OnlyContain(r => r.Holds && r.SummaryKept && r.SummaryDifferences.Count == 0,
            string.Join("; ", reports.SelectMany(r => r.SummaryDifferences).Take(3)));
        reports.Select(r => r.EventsChecked).Distinct().Should().HaveCountGreaterThan(2, "appends went on meanwhile");
    }


    [SkippableFact]
    public async Task A_stamp_walk_going_on_from_where_it_stopped_gives_what_a_walk_from_the_start_gives()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var store = Store;
        var walk = new StampWalk();
        await store.Append("unit-fill", ExpectedRevision.NoStream, Events(random, 4500));
        for (var round = 0; round < 12; round++)
        {
            var end = (await store.ReadAllBackwards(null, 1))[0].Position.Commit;
            var upTo = round % 3 == 2 ? end : walk.Position + (ulong)random.Next(1, (int)(end - walk.Position) + 1);

            var stamp = await walk.To(store, upTo);

            stamp.Should().Be(await new StampWalk().To(store, upTo), $"seed {seed}, round {round}, up to {upTo}");
            stamp.Position!.Value.Commit.Should().Be(upTo);
            if (upTo == end)
            {
                var kept = (await Summary(store))!;
                (stamp.Digest, stamp.ContentDigest).Should().Be((kept.Digest, kept.ContentDigest), $"seed {seed}");
            }

            await store.Append($"unit-{random.Next(9)}", ExpectedRevision.Any, Events(random, 1 + random.Next(300)));
        }
    }

    private static Task<LogSummary?> Summary(IEventStore store) => ((ILogSummary)store).Summary();

    protected static async Task ShouldEqualAWalk(IEventStore store, string because)
    {
        var kept = (await ((ILogSummary)store).Summary())!;
        var walked = await new LedgerVerifier(store).Verify();

        walked.Holds.Should().BeTrue(because);
        kept.DifferencesFrom(walked).Should().BeEmpty(because);
        kept.TailMismatch().Should().BeNull(because);
        (kept.Events, kept.Streams, kept.LastPosition, kept.Digest, kept.ContentDigest).Should()
            .Be((walked.EventsChecked, walked.Streams, walked.LastPosition, walked.Digest, walked.ContentDigest),
                because);
        kept.EventsByType.Should().Equal(walked.EventsByType, because);
    }

    protected static void Same(LogSummary? after, LogSummary before)
    {
        after.Should().NotBeNull();
        (after!.Events, after.Streams, after.LastPosition, after.Digest, after.ContentDigest).Should()
            .Be((before.Events, before.Streams, before.LastPosition, before.Digest, before.ContentDigest));
        after.EventsByType.Should().Equal(before.EventsByType);
    }

    private static List<EventData> Events(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => TestEvents.Line(random.Next(100_000), Types[random.Next(Types.Length)]))
            .ToList();
}
