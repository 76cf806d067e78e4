using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace BudgetLedger.Cli.Output;

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
}
