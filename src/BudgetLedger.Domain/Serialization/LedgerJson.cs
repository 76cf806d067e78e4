using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace BudgetLedger.Domain.Serialization;

/// <summary>
/// The one set of JSON settings for events: camelCase, enums as names, exact decimals, no type names.
/// </summary>
public static class LedgerJson
{
    public static JsonSerializerSettings Settings { get; } = Create();

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    private static JsonSerializerSettings Create() => new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        NullValueHandling = NullValueHandling.Include,
        TypeNameHandling = TypeNameHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        Formatting = Formatting.None,
    };
}
