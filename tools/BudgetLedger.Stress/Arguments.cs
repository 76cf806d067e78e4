using System.Globalization;

namespace BudgetLedger.Stress;

/// <summary>--name value pairs.</summary>
public sealed class Arguments(Dictionary<string, string> values)
{
    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Arguments(values);
    }

    public string Get(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value
        : fallback ?? throw new ArgumentException($"missing --{name}");

    public int GetInt(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public long GetLong(string name) => long.Parse(Get(name), CultureInfo.InvariantCulture);
}
