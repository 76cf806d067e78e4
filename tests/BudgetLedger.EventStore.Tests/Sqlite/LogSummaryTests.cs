using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Tests.Contract;
using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.Sqlite;

/// <summary>The summary kept with every append gives what a walk of the whole log gives.</summary>
public sealed class LogSummaryTests(SqliteStoreFixture fixture, ITestOutputHelper output)
    : IClassFixture<SqliteStoreFixture>
{
    private static readonly string[] Types = ["V1.TestLine", "V1.DocumentImported", "V1.FindingRecorded"];

    [Fact]
    public async Task The_kept_summary_equals_a_walk_after_batches_of_many_sizes_and_multi_stream_appends()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var path = fixture.NewPath();
        var store = SqliteEventStore.Open(path);
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
                    await store.DisposeAsync();
                    store = SqliteEventStore.Open(path);
                    await ShouldEqualAWalk(store, $"seed {seed}, round {round}");
                }
            }

            await ShouldEqualAWalk(store, $"seed {seed}");
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_empty_ledger_keeps_an_empty_summary()
    {
        await using var store = SqliteEventStore.Open(fixture.NewPath());

        var kept = (await store.Summary())!;

        kept.Events.Should().Be(0);
        kept.LastPosition.Should().BeNull();
        kept.TailMismatch().Should().BeNull();
        await ShouldEqualAWalk(store, "empty");
    }

    [Fact]
    public async Task Storing_a_batch_again_leaves_the_summary_as_it_was()
    {
        await using var store = SqliteEventStore.Open(fixture.NewPath());
        var batch = TestEvents.Lines(5);
        await store.Append("unit-a", ExpectedRevision.NoStream, batch);
        await store.Append("unit-b", ExpectedRevision.NoStream, TestEvents.Lines(3));
        var before = (await store.Summary())!;

        (await store.Append("unit-a", ExpectedRevision.NoStream, batch)).AlreadyStored.Should().BeTrue();

        Same(await store.Summary(), before);
        await ShouldEqualAWalk(store, "after the retry");
    }

    [Fact]
    public async Task A_failed_append_rolls_the_summary_back_with_its_events()
    {
        await using var store = SqliteEventStore.Open(fixture.NewPath());
        await store.Append("unit-a", ExpectedRevision.NoStream, TestEvents.Lines(4));
        var before = (await store.Summary())!;

        var single = () => store.Append("unit-a", ExpectedRevision.Exact(1), TestEvents.Lines(2));
        var multiple = () => store.AppendMultiple([new StreamAppend("unit-new", ExpectedRevision.NoStream,
            TestEvents.Lines(3)), new StreamAppend("unit-a", ExpectedRevision.NoStream, TestEvents.Lines(1))]);

        await single.Should().ThrowAsync<WrongExpectedRevisionException>();
        await multiple.Should().ThrowAsync<WrongExpectedRevisionException>();
        Same(await store.Summary(), before);
        await ShouldEqualAWalk(store, "after the failed appends");
    }

    [Fact]
    public async Task A_ledger_made_before_the_summary_is_walked_once_when_opened_for_writing_and_keeps_its_digest()
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);
        string digest;
        await using (var store = SqliteEventStore.Open(path))
        {
            digest = (await new LedgerVerifier(store).Verify()).Digest;
        }

        LedgerFile.ForgetSummary(path);
        await using (var readOnly = SqliteEventStore.OpenExisting(path, readOnly: true))
        {
            (await readOnly.Summary()).Should().BeNull("a read-only open writes nothing, not even the summary");
            (await new LedgerVerifier(readOnly).Verify()).Digest.Should().Be(digest);
        }

        await using var migrated = SqliteEventStore.Open(path);
        (await migrated.Summary())!.Digest.Should().Be(digest);
        await ShouldEqualAWalk(migrated, "migrated");
        await migrated.Append("unit-d", ExpectedRevision.NoStream, TestEvents.Lines(3));
        await ShouldEqualAWalk(migrated, "migrated, then appended to");
    }

    [Fact]
    public async Task Nothing_is_appended_to_a_log_whose_tail_was_cut_behind_the_stores_back()
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);
        LedgerFile.Tamper(path, "DELETE FROM events WHERE position > 24;");
        await using var store = SqliteEventStore.Open(path);

        var append = () => store.Append("unit-a", ExpectedRevision.Any, TestEvents.Lines(1));

        (await append.Should().ThrowAsync<LedgerFileException>()).Which.Message
            .Should().Contain("position 24").And.Contain("position 30").And.Contain("nothing was written");
        (await store.Summary())!.TailMismatch().Should().Contain("position 24").And.Contain("position 30");
        (await store.ReadLast())!.Position.Should().Be(GlobalPosition.Of(24));
    }

    [Fact]
    public async Task A_missing_summary_row_is_an_edited_file_not_an_empty_log()
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);
        LedgerFile.Execute(path, "DELETE FROM log_summary;");
        await using var store = SqliteEventStore.Open(path);

        var read = () => store.Summary();
        var append = () => store.Append("unit-a", ExpectedRevision.Any, TestEvents.Lines(1));

        await read.Should().ThrowAsync<LedgerFileException>().WithMessage("*summary*missing*");
        await append.Should().ThrowAsync<LedgerFileException>().WithMessage("*summary*missing*");
    }

    [Fact]
    public async Task Verify_while_appends_go_on_finds_the_summary_agreeing_with_the_log()
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);
        await using var writer = SqliteEventStore.Open(path);
        await using var reader = SqliteEventStore.OpenExisting(path, readOnly: true);
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

    private static async Task ShouldEqualAWalk(SqliteEventStore store, string because)
    {
        var kept = (await store.Summary())!;
        var walked = await new LedgerVerifier(store).Verify();

        walked.Holds.Should().BeTrue(because);
        kept.DifferencesFrom(walked).Should().BeEmpty(because);
        kept.TailMismatch().Should().BeNull(because);
        (kept.Events, kept.Streams, kept.LastPosition, kept.Digest, kept.ContentDigest).Should()
            .Be((walked.EventsChecked, walked.Streams, walked.LastPosition, walked.Digest, walked.ContentDigest),
                because);
        kept.EventsByType.Should().Equal(walked.EventsByType, because);
    }

    private static void Same(LogSummary? after, LogSummary before)
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
