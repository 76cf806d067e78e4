using System.Globalization;

namespace BudgetLedger.Faults;

/// <summary>--name value pairs and bare --flags.</summary>
public sealed class Arguments(Dictionary<string, string?> values)
{
    public IEnumerable<string> Names => values.Keys;

    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected '{args[i]}'");
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return new Arguments(values);
    }

    public bool Flag(string name) =>
        values.TryGetValue(name, out var value)
        && (value is null ? true : throw new ArgumentException($"--{name} takes no value"));

    public string? Get(string name) =>
        !values.TryGetValue(name, out var value) ? null
        : value ?? throw new ArgumentException($"--{name} needs a value");

    public int? GetInt(string name) =>
        Get(name) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new ArgumentException($"--{name}: '{text}' is not a whole number");
}
