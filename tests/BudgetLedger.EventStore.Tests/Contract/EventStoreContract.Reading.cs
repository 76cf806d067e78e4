namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task A_stream_reads_forwards_and_backwards_within_bounds_and_pages()
    {
        var stream = NewStream();
        await Store.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(10));

        (await Store.ReadStreamForwards(stream, 3, 4)).Select(e => e.StreamRevision).Should().Equal(3UL, 4UL, 5UL, 6UL);
        (await Store.ReadStreamForwards(stream, 8, 100)).Select(e => e.StreamRevision).Should().Equal(8UL, 9UL);
        (await Store.ReadStreamForwards(stream, 10, 100)).Should().BeEmpty();
        (await Store.ReadStreamBackwards(stream, null, 3)).Select(e => e.StreamRevision).Should().Equal(9UL, 8UL, 7UL);
        (await Store.ReadStreamBackwards(stream, 1, 5)).Select(e => e.StreamRevision).Should().Equal(1UL, 0UL);
        (await Store.ReadStream(stream, pageSize: 3).ToListAsync()).Select(e => TestEvents.LineOf(e.Data)).Should()
            .Equal(Enumerable.Range(0, 10));
    }

    [SkippableFact]
    public async Task An_unknown_stream_reads_empty()
    {
        (await Store.ReadStreamForwards(NewStream(), 0, 10)).Should().BeEmpty();
        (await Store.ReadStreamBackwards(NewStream(), null, 10)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task The_log_reads_in_commit_order_across_streams_after_a_position()
    {
        var a = NewStream("a");
        var b = NewStream("b");
        await Store.Append(a, ExpectedRevision.NoStream, TestEvents.Lines(2, from: 0));
        await Store.Append(b, ExpectedRevision.NoStream, TestEvents.Lines(2, from: 2));
        await Store.Append(a, ExpectedRevision.Exact(1), TestEvents.Lines(2, from: 4));

        var all = await Store.ReadAll(pageSize: 2).ToListAsync();

        all.Select(e => TestEvents.LineOf(e.Data)).Should().Equal(0, 1, 2, 3, 4, 5);
        all.Select(e => e.Stream).Should().Equal(a, a, b, b, a, a);
        all.Select(e => e.Position).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        (await Store.ReadAllForwards(all[2].Position, 2)).Select(e => TestEvents.LineOf(e.Data)).Should().Equal(3, 4);
        (await Store.ReadAllBackwards(null, 2)).Select(e => TestEvents.LineOf(e.Data)).Should().Equal(5, 4);
        (await Store.ReadAllBackwards(all[2].Position, 10)).Select(e => TestEvents.LineOf(e.Data)).Should().Equal(1, 0);
        (await Store.ReadLast())!.Position.Should().Be(all[^1].Position);
    }

    [SkippableFact]
    public async Task A_stored_event_keeps_its_id_type_bytes_and_gets_a_recorded_time()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var e = TestEvents.Line(7, type: "V1.SomethingHappened");
        var stream = NewStream();
        await Store.Append(stream, ExpectedRevision.NoStream, [e]);

        var read = (await Store.ReadStreamForwards(stream, 0, 1)).Single();

        read.EventId.Should().Be(e.EventId);
        read.Type.Should().Be("V1.SomethingHappened");
        read.Data.Should().Equal(e.Data);
        read.Metadata.Should().Equal(e.Metadata);
        read.RecordedAt.Should().BeOnOrAfter(before).And.BeOnOrBefore(DateTimeOffset.UtcNow.AddSeconds(1));
        read.Hash.Should().HaveCount(EventHash.Length);
    }

    [SkippableFact]
    public async Task Each_stream_chains_its_hashes_and_the_whole_log_verifies()
    {
        var a = NewStream("a");
        var b = NewStream("b");
        await Store.Append(a, ExpectedRevision.NoStream, TestEvents.Lines(3));
        await Store.Append(b, ExpectedRevision.NoStream, TestEvents.Lines(2));
        await Store.Append(a, ExpectedRevision.Exact(2), TestEvents.Lines(2, from: 3));

        var first = (await Store.ReadStreamForwards(a, 0, 2)).ToList();
        var expected = EventHash.Compute(first[0].Hash, a, 1, first[1].EventId, first[1].Type, first[1].Data,
            first[1].Metadata, first[1].RecordedAt);
        var report = await new LedgerVerifier(Store).Verify();

        first[1].Hash.Should().Equal(expected);
        report.Holds.Should().BeTrue(report.Failure?.ToString());
        report.EventsChecked.Should().Be(7);
        report.Streams.Should().Be(2);
        (await new LedgerVerifier(Store).Verify(report.Digest)).Holds.Should().BeTrue();
    }
}
