using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.Cluster.Sharding;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Cluster.Wire;

/// <summary>
/// The messages between nodes: a unit's batch carries its events as the log stores them (type and data as read from
/// the log, decoded on arrival as the log reader decodes them); a unit's answer is the read models' own JSON, without
/// the view's years (the commit writes the changed years it carries already serialized).
/// </summary>
public sealed class ProjectionMessages(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    private const string Batch = "batch";
    private const string Applied = "applied";

    public override int Identifier => 8101;

    public override string Manifest(object o) => o switch
    {
        UnitBatch => Batch,
        UnitApplied => Applied,
        _ => throw new ArgumentException($"{o.GetType()} is not a projection message"),
    };

    public override byte[] ToBinary(object obj) => obj switch
    {
        UnitBatch b => JsonSerializer.SerializeToUtf8Bytes(new WireBatch(b.UnitId, b.Epoch, b.Events.Select(e =>
            new WireEvent(e.Position, e.EventId,
                e.Stored?.Type ?? EventSerializer.Default.Map.NameOf(e.Event.GetType()),
                e.Stored?.Data ?? EventSerializer.ToJsonBytes(e.Event), e.Metadata)).ToList()),
            ReadModelStore.JsonOptions),
        UnitApplied a => JsonSerializer.SerializeToUtf8Bytes(
            a with { View = a.View with { Years = a.View.Years.Clear() } }, ReadModelStore.JsonOptions),
        _ => throw new ArgumentException($"{obj.GetType()} is not a projection message"),
    };

    public override object FromBinary(byte[] bytes, string manifest) => manifest switch
    {
        Batch => JsonSerializer.Deserialize<WireBatch>(bytes, ReadModelStore.JsonOptions) is { } b
            ? new UnitBatch(b.UnitId, b.Epoch, b.Events.Select(e => new PositionedEvent(e.Position,
                EventSerializer.Default.DeserializeData(e.Type, e.Data), e.EventId, e.Metadata)).ToList())
            : throw new ArgumentException("an empty batch message"),
        Applied => JsonSerializer.Deserialize<UnitApplied>(bytes, ReadModelStore.JsonOptions)
            ?? throw new ArgumentException("an empty answer"),
        _ => throw new ArgumentException($"'{manifest}' is not a projection message"),
    };

    private sealed record WireBatch(string UnitId, Guid Epoch, List<WireEvent> Events);

    private sealed record WireEvent(ulong Position, Guid EventId, string Type, byte[] Data, byte[]? Metadata);
}
