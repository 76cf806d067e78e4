namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task Appending_the_same_batch_twice_is_a_no_op_that_says_so()
    {
        var stream = NewStream();
        var batch = TestEvents.Lines(3);
        var first = await Store.Append(stream, ExpectedRevision.NoStream, batch);

        // A retry after a lost acknowledgement: same ids, same bytes, the writer's original expectation.
        var retry = await Store.Append(stream, ExpectedRevision.NoStream, batch.Select(e => e with { }).ToList());

        retry.AlreadyStored.Should().BeTrue();
        retry.LastRevision.Should().Be(first.LastRevision);
        retry.LastPosition.Should().Be(first.LastPosition);
        (await Store.ReadAllForwards(null, 100)).Should().HaveCount(3);
    }

    [SkippableFact]
    public async Task Deterministic_ids_make_a_repeated_import_a_no_op()
    {
        var stream = NewStream();
        EventData Row(int row) =>
            new(DeterministicEventId.From("sha256-of-document", "2022年预算收入总表",
                row.ToString(System.Globalization.CultureInfo.InvariantCulture)), "V1.TestLine",
                TestEvents.Line(row).Data, "{}"u8.ToArray());

        await Store.Append(stream, ExpectedRevision.Any, [Row(1), Row(2)]);
        var again = await Store.Append(stream, ExpectedRevision.Any, [Row(1), Row(2)]);

        again.AlreadyStored.Should().BeTrue();
        (await Store.ReadStreamForwards(stream, 0, 10)).Should().HaveCount(2);
        DeterministicEventId.From("a", "b").Should()
            .Be(DeterministicEventId.From("a", "b")).And.NotBe(DeterministicEventId.From("a", "c"));
    }

    [SkippableFact]
    public async Task The_same_id_with_other_content_is_a_typed_conflict()
    {
        var stream = NewStream();
        var e = TestEvents.Line(1);
        await Store.Append(stream, ExpectedRevision.NoStream, [e]);

        var act = () => Store.Append(stream, ExpectedRevision.Any, [e with { Metadata = "{\"row\":2}"u8.ToArray() }]);

        (await act.Should().ThrowAsync<EventIdConflictException>()).Which.EventId.Should().Be(e.EventId);
    }

    [SkippableFact]
    public async Task The_same_id_in_another_stream_is_a_typed_conflict()
    {
        Skip.IfNot(SupportsCrossStreamIdCheck, "this store keeps no index of event ids across streams");
        var e = TestEvents.Line(1);
        await Store.Append(NewStream(), ExpectedRevision.NoStream, [e]);

        var act = () => Store.Append(NewStream(), ExpectedRevision.NoStream, [e]);

        await act.Should().ThrowAsync<EventIdConflictException>().WithMessage("*already stored in stream*");
    }

    [SkippableFact]
    public async Task A_batch_only_partly_stored_before_is_a_conflict_not_a_silent_half_append()
    {
        var stream = NewStream();
        var stored = TestEvents.Line(1);
        await Store.Append(stream, ExpectedRevision.NoStream, [stored]);

        var act = () => Store.Append(stream, ExpectedRevision.Any, [stored, TestEvents.Line(2)]);

        await act.Should().ThrowAsync<EventIdConflictException>();
        (await Store.ReadStreamForwards(stream, 0, 10)).Should().ContainSingle();
    }
}
