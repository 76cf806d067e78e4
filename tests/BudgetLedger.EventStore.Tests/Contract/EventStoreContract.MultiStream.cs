namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task Several_streams_append_in_one_atomic_write()
    {
        Skip.IfNot(SupportsMultiStreamAppend, "this store has no multi-stream atomic append");
        var from = NewStream("from");
        var to = NewStream("to");

        var results = await Store.AppendMultiple([
            new StreamAppend(from, ExpectedRevision.NoStream, TestEvents.Lines(1)),
            new StreamAppend(to, ExpectedRevision.NoStream, TestEvents.Lines(2, from: 1))]);

        results.Select(r => r.LastRevision).Should().Equal(0UL, 1UL);
        (await Store.ReadAllForwards(null, 10)).Select(e => e.Stream).Should().Equal(from, to, to);
    }

    [SkippableFact]
    public async Task When_one_stream_of_a_multi_stream_append_fails_none_is_written()
    {
        Skip.IfNot(SupportsMultiStreamAppend, "this store has no multi-stream atomic append");
        var from = NewStream("from");
        var to = NewStream("to");
        await Store.Append(to, ExpectedRevision.NoStream, TestEvents.Lines(1));

        var act = () => Store.AppendMultiple([
            new StreamAppend(from, ExpectedRevision.NoStream, TestEvents.Lines(1, from: 5)),
            new StreamAppend(to, ExpectedRevision.NoStream, TestEvents.Lines(1, from: 6))]);

        (await act.Should().ThrowAsync<WrongExpectedRevisionException>()).Which.Stream.Should().Be(to);
        (await Store.ReadStreamForwards(from, 0, 10)).Should().BeEmpty();
        (await Store.ReadAllForwards(null, 10)).Should().ContainSingle();
    }
}
