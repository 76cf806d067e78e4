using System.Text;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Stress;

/// <summary>The metadata each drill event carries, so a check can tell whether its batch is whole.</summary>
public static class BatchMarker
{
    public static byte[] For(string batch, int size, int index) =>
        Encoding.UTF8.GetBytes(new JObject { ["batch"] = batch, ["size"] = size, ["index"] = index }
            .ToString(Newtonsoft.Json.Formatting.None));

    public static (string Batch, int Size) Read(byte[] metadata)
    {
        var json = JObject.Parse(Encoding.UTF8.GetString(metadata));
        return (json.Value<string>("batch")!, json.Value<int>("size"));
    }
}
