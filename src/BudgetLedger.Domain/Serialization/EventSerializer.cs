using System.Text;
using BudgetLedger.Domain.Events;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Domain.Serialization;

/// <summary>Events to and from their stored JSON, through the wire-name map and any upcasters.</summary>
public sealed class EventSerializer(EventTypeMap map, IEnumerable<IEventUpcaster>? upcasters = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, IEventUpcaster> _upcasters =
        (upcasters ?? []).ToDictionary(u => u.FromWireName, StringComparer.Ordinal);

    public static EventSerializer Default { get; } = new(EventTypeMap.Default);

    public EventTypeMap Map => map;

    public SerializedEvent Serialize(IBudgetEvent @event, EventMetadata metadata) =>
        new(map.NameOf(@event.GetType()), ToJsonBytes(@event), ToJsonBytes(metadata));

    public IBudgetEvent DeserializeData(string wireName, ReadOnlySpan<byte> data)
    {
        if (!_upcasters.ContainsKey(wireName))
        {
            // The common case: the current version, read straight into its type without a JObject in between.
            var type = map.TryGetType(wireName, out var t) ? t : throw new UnknownEventTypeException(wireName);
            return (IBudgetEvent)(PooledJson.Deserialize(LedgerJson.Serializer, data, type)
                ?? throw new JsonSerializationException($"event '{wireName}' has empty data"));
        }

        var json = JObject.Parse(Utf8.GetString(data));
        var name = wireName;
        var hops = 0;
        while (_upcasters.TryGetValue(name, out var upcaster))
        {
            json = upcaster.Upcast(json);
            name = upcaster.ToWireName;
            if (++hops > 64)
            {
                throw new InvalidOperationException($"upcasters from '{wireName}' loop");
            }
        }

        if (!map.TryGetType(name, out var upcastType))
        {
            throw new UnknownEventTypeException(wireName);
        }

        return (IBudgetEvent)(json.ToObject(upcastType, LedgerJson.Serializer)
            ?? throw new JsonSerializationException($"event '{wireName}' has empty data"));
    }

    public static EventMetadata DeserializeMetadata(ReadOnlySpan<byte> metadata) =>
        JsonConvert.DeserializeObject<EventMetadata>(Utf8.GetString(metadata), LedgerJson.Settings)
            ?? throw new JsonSerializationException("event metadata is empty");

    public static byte[] ToJsonBytes(object value) =>
        Utf8.GetBytes(JsonConvert.SerializeObject(value, LedgerJson.Settings));
}
