using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Exports;

/// <summary>JSON as an export writes it: indented, LF line ends, UTF-8 without a byte-order mark.</summary>
public static class JsonBytes
{
    public static byte[] Of(JToken json)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, CloseOutput = false })
        {
            json.WriteTo(writer);
        }

        text.Write('\n');
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }
}
