using Newtonsoft.Json.Linq;

namespace BudgetLedger.Domain.Serialization;

/// <summary>
/// Turns the JSON of an old event version into the next version's, so old events still read after a
/// schema change. Upcasters chain: V1 → V2 → V3.
/// </summary>
public interface IEventUpcaster
{
    string FromWireName { get; }

    string ToWireName { get; }

    JObject Upcast(JObject data);
}
