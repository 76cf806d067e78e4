using BudgetLedger.Domain.Serialization;
using Newtonsoft.Json;

namespace BudgetLedger.Domain.Classification;

internal sealed class EconomicClassCodeJsonConverter : ScalarJsonConverter<EconomicClassCode>
{
    protected override void Write(JsonWriter writer, EconomicClassCode value) => writer.WriteValue(value.Value);

    protected override EconomicClassCode Read(JsonReader reader) => EconomicClassCode.Parse((string)reader.Value!);
}
