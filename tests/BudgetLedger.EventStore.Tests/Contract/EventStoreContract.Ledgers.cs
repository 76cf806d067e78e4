namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task The_default_ledger_reads_no_event_of_a_named_ledger_on_the_same_store()
    {
        Skip.IfNot(SupportsLedgersSideBySide, "this store holds one ledger");
        var (defaultLedger, named) = await Fixture.LedgersSideBySide();
        await using var _ = defaultLedger;
        await using var __ = named;
        var stream = NewStream();
        await named.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(3));
        var mine = NewStream();
        await defaultLedger.Append(mine, ExpectedRevision.NoStream, TestEvents.Lines(2, from: 3));
        var namedIds = (await named.ReadStreamForwards(stream, 0, 10)).Select(e => e.EventId).ToHashSet();

        var seen = await defaultLedger.ReadAll().ToListAsync();

        seen.Should().NotContain(e => namedIds.Contains(e.EventId), "a named ledger's streams are not the default "
            + "ledger's");
        seen.Where(e => e.Stream == mine).Should().HaveCount(2);
        seen.Should().OnlyContain(e => !e.Stream.Contains('/'));
        (await defaultLedger.ReadStreamForwards(stream, 0, 10)).Should().BeEmpty();
        (await new TamperEvidence.LedgerVerifier(defaultLedger).Verify()).Holds.Should().BeTrue();
    }
}
