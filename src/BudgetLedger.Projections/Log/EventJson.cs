using System.Globalization;
using System.Text;
using BudgetLedger.EventStore.Reading;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Projections.Log;

/// <summary>A stored event as one JSON object: where, what, both times, provenance, data.</summary>
public static class EventJson
{
    public static JObject From(RecordedEvent e)
    {
        var metadata = ParseOrRaw(e.Metadata);
        return new JObject
        {
            ["position"] = e.Position.ToString(),
            ["stream"] = e.Stream,
            ["revision"] = e.StreamRevision,
            ["eventId"] = e.EventId.ToString("D"),
            ["type"] = e.Type,
            ["recordedAt"] = e.RecordedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ",
                CultureInfo.InvariantCulture),
            ["effective"] = (metadata as JObject)?["effective"]?.DeepClone(),
            ["provenance"] = (metadata as JObject)?["provenance"]?.DeepClone(),
            ["data"] = ParseOrRaw(e.Data),
            ["hash"] = Convert.ToHexStringLower(e.Hash),
        };
    }

    private static JToken ParseOrRaw(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        try
        {
            return JToken.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return new JValue(text);
        }
    }
}
