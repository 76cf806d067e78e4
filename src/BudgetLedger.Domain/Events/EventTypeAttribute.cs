namespace BudgetLedger.Domain.Events;

/// <summary>
/// The stable wire name of an event type ("V1.BudgetAppropriated"): it survives a rename of the class.
/// A new schema gets a new version and an upcaster from the old one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name, int version) : Attribute
{
    public string Name { get; } = name;

    public int Version { get; } = version;

    public string WireName => $"V{Version}.{Name}";
}
