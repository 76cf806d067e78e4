using BudgetLedger.Domain.Serialization;
using Newtonsoft.Json;

namespace BudgetLedger.Domain.Years;

internal sealed class FiscalYearJsonConverter : ScalarJsonConverter<FiscalYear>
{
    protected override void Write(JsonWriter writer, FiscalYear value) => writer.WriteValue(value.Value);

    protected override FiscalYear Read(JsonReader reader) =>
        new(Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture));
}
