namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task A_new_stream_starts_at_revision_zero()
    {
        var stream = NewStream();

        var result = await Store.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(3));

        result.LastRevision.Should().Be(2);
        result.AlreadyStored.Should().BeFalse();
        (await Store.ReadStreamForwards(stream, 0, 10)).Select(e => e.StreamRevision).Should().Equal(0UL, 1UL, 2UL);
    }

    [SkippableFact]
    public async Task NoStream_on_an_existing_stream_is_a_typed_error_that_writes_nothing()
    {
        var stream = NewStream();
        await Store.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(2));

        var act = () => Store.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(1, from: 10));

        var error = (await act.Should().ThrowAsync<WrongExpectedRevisionException>()).Which;
        error.Stream.Should().Be(stream);
        error.Actual.Should().Be(1UL);
        (await Store.ReadStreamForwards(stream, 0, 10)).Should().HaveCount(2);
    }

    [SkippableFact]
    public async Task An_exact_revision_appends_only_at_the_stream_head()
    {
        var stream = NewStream();
        await Store.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(2));

        var appended = await Store.Append(stream, ExpectedRevision.Exact(1), TestEvents.Lines(1, from: 2));
        var stale = () => Store.Append(stream, ExpectedRevision.Exact(1), TestEvents.Lines(1, from: 3));
        var ahead = () => Store.Append(stream, ExpectedRevision.Exact(7), TestEvents.Lines(1, from: 4));

        appended.LastRevision.Should().Be(2);
        (await stale.Should().ThrowAsync<WrongExpectedRevisionException>()).Which.Actual.Should().Be(2UL);
        await ahead.Should().ThrowAsync<WrongExpectedRevisionException>();
        (await Store.ReadStreamForwards(stream, 0, 10)).Select(e => TestEvents.LineOf(e.Data)).Should().Equal(0, 1, 2);
    }

    [SkippableFact]
    public async Task An_exact_revision_on_a_missing_stream_fails_with_no_actual_revision()
    {
        var act = () => Store.Append(NewStream(), ExpectedRevision.Exact(0), TestEvents.Lines(1));

        (await act.Should().ThrowAsync<WrongExpectedRevisionException>()).Which.Actual.Should().BeNull();
    }

    [SkippableFact]
    public async Task StreamExists_needs_a_stream_and_Any_takes_whatever_is_there()
    {
        var stream = NewStream();

        var missing = () => Store.Append(stream, ExpectedRevision.StreamExists, TestEvents.Lines(1));
        await missing.Should().ThrowAsync<WrongExpectedRevisionException>();
        (await Store.Append(stream, ExpectedRevision.Any, TestEvents.Lines(1))).LastRevision.Should().Be(0);
        (await Store.Append(stream, ExpectedRevision.StreamExists,
            TestEvents.Lines(1, from: 1))).LastRevision.Should().Be(1);
        (await Store.Append(stream, ExpectedRevision.Any, TestEvents.Lines(2, from: 2))).LastRevision.Should().Be(3);
    }

    [SkippableFact]
    public async Task A_batch_is_written_whole_or_not_at_all()
    {
        var stream = NewStream();
        var stored = TestEvents.Line(0);
        await Store.Append(stream, ExpectedRevision.NoStream, [stored]);
        var conflicting = stored with { Data = "{\"line\":99}"u8.ToArray() };

        // The last event of this batch reuses a stored id with other content: the first two must not land either.
        var act = () => Store.Append(stream, ExpectedRevision.Any,
            [TestEvents.Line(1), TestEvents.Line(2), conflicting]);

        await act.Should().ThrowAsync<EventIdConflictException>();
        (await Store.ReadStreamForwards(stream, 0, 10)).Should().ContainSingle();
        (await Store.ReadAllForwards(null, 100)).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task An_empty_batch_or_an_id_twice_in_one_batch_is_refused_before_anything_is_written()
    {
        var e = TestEvents.Line(1);

        await FluentActions.Awaiting(() => Store.Append(NewStream(), ExpectedRevision.Any, [])).Should()
            .ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Store.Append(NewStream(), ExpectedRevision.Any, [e, e])).Should()
            .ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Store.Append("$all", ExpectedRevision.Any, [TestEvents.Line(2)])).Should()
            .ThrowAsync<ArgumentException>();
        (await Store.ReadAllForwards(null, 10)).Should().BeEmpty();
    }
}
