using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace BudgetLedger.Reporting.Rendering;

/// <summary>An answer (variance, trace) as indented JSON: camelCase names, enums by their names.</summary>
public static class AnswerJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter() },
    };

    public static string Of(object answer) =>
        JsonConvert.SerializeObject(answer, Formatting.Indented, Settings) + Environment.NewLine;

    /// <summary>The same names and values on one line, for the HTTP API.</summary>
    public static string Compact(object? answer) => JsonConvert.SerializeObject(answer, Formatting.None, Settings);

    public static Newtonsoft.Json.Linq.JToken Tree(object answer) =>
        Newtonsoft.Json.Linq.JToken.FromObject(answer, JsonSerializer.Create(Settings));
}
