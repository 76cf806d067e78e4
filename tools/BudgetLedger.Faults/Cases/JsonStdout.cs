using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Faults.Cases;

/// <summary>Whether stdout is exactly one JSON document.</summary>
public static class JsonStdout
{
    public static string? Problem(string stdout)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(stdout));
            reader.DateParseHandling = DateParseHandling.None;
            JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    return "stdout holds more than one JSON document";
                }
            }

            return null;
        }
        catch (JsonReaderException e)
        {
            return $"stdout is not one JSON document: {e.Message}";
        }
    }
}
