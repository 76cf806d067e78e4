namespace BudgetLedger.Domain.Serialization;

public sealed class UnknownEventTypeException(string wireName)
    : Exception($"no event type is registered under the wire name '{wireName}' and no upcaster reads it")
{
    public string WireName { get; } = wireName;
}
