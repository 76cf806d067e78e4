using System.Globalization;
using BudgetLedger.Domain.Serialization;
using Newtonsoft.Json;

namespace BudgetLedger.Domain.Amounts;

/// <summary>Writes {"value":"1563.24","unit":"万元"}: the value as a string so no JSON reader rounds it.</summary>
internal sealed class AmountJsonConverter : ScalarJsonConverter<Amount>
{
    protected override void Write(JsonWriter writer, Amount value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("value");
        writer.WriteValue(value.Value.ToString(CultureInfo.InvariantCulture));
        writer.WritePropertyName("unit");
        writer.WriteValue(Amount.UnitSymbol(value.Unit));
        writer.WriteEndObject();
    }

    protected override Amount Read(JsonReader reader)
    {
        string? text = null;
        string? unitText = null;
        while (reader.Read() && reader.TokenType != JsonToken.EndObject)
        {
            var property = (string)reader.Value!;
            reader.Read();
            switch (property)
            {
                case "value":
                    text = reader.TokenType == JsonToken.String ? (string)reader.Value!
                        : Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
                    break;
                case "unit":
                    unitText = (string?)reader.Value;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var unit = unitText switch
        {
            "元" => AmountUnit.Yuan,
            "万元" => AmountUnit.TenThousandYuan,
            var other => throw new JsonSerializationException($"amount unit '{other}' is neither 元 nor 万元"),
        };
        return new Amount(decimal.Parse(text ?? throw new JsonSerializationException("amount has no value"),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), unit);
    }
}
