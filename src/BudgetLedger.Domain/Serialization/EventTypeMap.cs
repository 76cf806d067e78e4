using System.Reflection;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Domain.Serialization;

/// <summary>Wire names ↔ CLR types, from each event's <see cref="EventTypeAttribute"/>; never the CLR name.</summary>
public sealed class EventTypeMap
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    public static EventTypeMap Default { get; } = FromAssembly(typeof(IBudgetEvent).Assembly);

    public IReadOnlyCollection<string> WireNames => _byName.Keys;

    public IReadOnlyCollection<Type> Types => _byType.Keys;

    public static EventTypeMap FromAssembly(Assembly assembly)
    {
        var map = new EventTypeMap();
        foreach (var type in assembly.GetTypes().Where(t => typeof(IBudgetEvent).IsAssignableFrom(t) && !t.IsAbstract
            && !t.IsInterface))
        {
            var attribute = type.GetCustomAttribute<EventTypeAttribute>()
                ?? throw new InvalidOperationException($"event type {type.Name} has no [EventType] wire name");
            map.Add(attribute.WireName, type);
        }

        return map;
    }

    public void Add(string wireName, Type type)
    {
        if (_byName.TryGetValue(wireName, out var existing) && existing != type)
        {
            throw new InvalidOperationException($"wire name {wireName} is taken by {existing.Name}");
        }

        _byName[wireName] = type;
        _byType[type] = wireName;
    }

    public string NameOf(Type type) =>
        _byType.TryGetValue(type, out var name) ? name
            : throw new InvalidOperationException($"{type.Name} has no wire name");

    public bool TryGetType(string wireName, out Type type) => _byName.TryGetValue(wireName, out type!);
}
