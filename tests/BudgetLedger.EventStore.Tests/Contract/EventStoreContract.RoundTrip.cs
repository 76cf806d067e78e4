using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Testing;

namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task Every_event_type_round_trips_through_the_store()
    {
        var stream = NewStream();
        var originals = SampleEvents.All();
        var batch = originals.Select((e, i) =>
        {
            var s = EventSerializer.Default.Serialize(e, SampleEvents.Metadata(i + 1));
            return new EventData(Guid.NewGuid(), s.WireName, s.Data, s.Metadata);
        }).ToList();
        await Store.Append(stream, ExpectedRevision.NoStream, batch);

        var read = await Store.ReadStream(stream).ToListAsync();

        read.Should().HaveCount(originals.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            read[i].Type.Should().Be(EventTypeMap.Default.NameOf(originals[i].GetType()));
            var again = EventSerializer.Default.Serialize(EventSerializer.Default.DeserializeData(read[i].Type,
                read[i].Data), SampleEvents.Metadata(i + 1));
            again.Data.Should().Equal(batch[i].Data, "{0} must read back to the same event", read[i].Type);
            EventSerializer.DeserializeMetadata(read[i].Metadata).Provenance.Row.Should().Be(i + 1);
        }
    }
}
