using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Import.Records;

/// <summary>
/// A text field of a record file: absent or null is null; a number, list or object where text belongs is refused,
/// naming the field.
/// </summary>
internal static class JsonText
{
    public static string? Of(JObject owner, string field, Func<string, Exception> error) => owner[field] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.String } text => text.Value<string>(),
        var other => throw error($"must be text, not {Describe(other)} ({Shorten(other.ToString(Formatting.None))})"),
    };

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "a list",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "true/false",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string json) => json.Length <= 40 ? json : json[..40] + "…";
}
