using BudgetLedger.Domain.Serialization;
using Newtonsoft.Json;

namespace BudgetLedger.Domain.Classification;

internal sealed class FunctionalClassCodeJsonConverter : ScalarJsonConverter<FunctionalClassCode>
{
    protected override void Write(JsonWriter writer, FunctionalClassCode value) => writer.WriteValue(value.Value);

    protected override FunctionalClassCode Read(JsonReader reader) => FunctionalClassCode.Parse((string)reader.Value!);
}
