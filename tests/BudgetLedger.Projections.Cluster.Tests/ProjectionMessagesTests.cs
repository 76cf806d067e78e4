using System.Text.Json;
using Akka.Actor;
using Akka.TestKit.Xunit2;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.Cluster.Sharding;
using BudgetLedger.Projections.Cluster.Wire;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Cluster.Tests;

/// <summary>What crosses between nodes comes back as it went: every event type, and a unit's answer.</summary>
public class ProjectionMessagesTests : TestKit
{
    [Fact]
    public void A_batch_of_every_event_type_and_the_answer_it_folds_to_come_back_the_same()
    {
        var serializer = new ProjectionMessages((ExtendedActorSystem)Sys);
        var events = SampleEvents.All().Select((e, i) => new PositionedEvent((ulong)i + 1, e, Guid.NewGuid(),
            EventSerializer.ToJsonBytes(SampleEvents.Metadata(i)))).ToList();
        var batch = new UnitBatch(SampleEvents.DataCenter.Value, Guid.NewGuid(), events);

        var back = (UnitBatch)RoundTrip(serializer, batch);

        (back.UnitId, back.Epoch).Should().Be((batch.UnitId, batch.Epoch));
        back.Events.Select(Json).Should().Equal(events.Select(Json));
        var applied = UnitFold.Apply(new UnitView(batch.UnitId), events);
        var answer = (UnitApplied)RoundTrip(serializer, applied);
        answer.View.Years.Should().BeEmpty("the commit writes the changed years it carries");
        var restored = answer with { View = answer.View with { Years = applied.View.Years } };
        JsonSerializer.Serialize(restored, ReadModelStore.JsonOptions).Should()
            .Be(JsonSerializer.Serialize(applied, ReadModelStore.JsonOptions));
    }

    [Fact]
    public void Events_read_from_the_log_cross_as_stored_and_arrive_decoded_as_the_log_reader_decodes_them()
    {
        var serializer = new ProjectionMessages((ExtendedActorSystem)Sys);
        // Stored with a leading space: bytes no serializer would write again, read back to the same event.
        var events = SampleEvents.All().Select((e, i) => new PositionedEvent((ulong)i + 1, e, Guid.NewGuid())
        {
            Stored = (EventSerializer.Default.Map.NameOf(e.GetType()), [.. " "u8, .. EventSerializer.ToJsonBytes(e)]),
        }).ToList();
        var batch = new UnitBatch(SampleEvents.DataCenter.Value, Guid.NewGuid(), events);
        var bytes = serializer.ToBinary(batch);

        var back = (UnitBatch)serializer.FromBinary(bytes, serializer.Manifest(batch));

        back.Events.Select(Json).Should().Equal(events.Select(Json));
        var sent = JsonDocument.Parse(bytes).RootElement.GetProperty("events")[0].GetProperty("data");
        sent.GetBytesFromBase64().Should().Equal(events[0].Stored!.Value.Data, "the stored bytes cross as they are");
    }

    private static object RoundTrip(ProjectionMessages serializer, object message) =>
        serializer.FromBinary(serializer.ToBinary(message), serializer.Manifest(message));

    private static string Json(PositionedEvent e) =>
        $"{e.Position} {e.EventId} {e.Event.GetType().Name} "
        + $"{Convert.ToHexString(EventSerializer.ToJsonBytes(e.Event))} {Convert.ToHexString(e.Metadata ?? [])}";
}
