using BudgetLedger.Domain.Serialization;
using Newtonsoft.Json;

namespace BudgetLedger.Domain.Units;

internal sealed class UnitIdJsonConverter : ScalarJsonConverter<UnitId>
{
    protected override void Write(JsonWriter writer, UnitId value) => writer.WriteValue(value.Value);

    protected override UnitId Read(JsonReader reader) => UnitId.Parse((string)reader.Value!);
}
