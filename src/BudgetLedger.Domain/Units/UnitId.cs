using Newtonsoft.Json;

namespace BudgetLedger.Domain.Units;

/// <summary>
/// The identity of a budget unit across renames and recodings: a lower-case slug fixed when the unit
/// is first registered (e.g. "shanxi-209105"). Names and codes are attributes; this never changes.
/// </summary>
[JsonConverter(typeof(UnitIdJsonConverter))]
public readonly record struct UnitId
{
    private UnitId(string value) => Value = value;

    public string Value { get; }

    public static UnitId Parse(string text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length is 0 or > 100
            || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new FormatException($"'{text}' is not a unit id: expected 1-100 characters of a-z, 0-9 and '-'");
        }

        return new UnitId(value);
    }

    public override string ToString() => Value;
}
