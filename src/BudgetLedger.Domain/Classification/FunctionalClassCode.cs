using Newtonsoft.Json;

namespace BudgetLedger.Domain.Classification;

/// <summary>
/// A 支出功能分类科目 code: 208 (类) › 20801 (款) › 2080107 (项). Anything else is malformed.
/// </summary>
[JsonConverter(typeof(FunctionalClassCodeJsonConverter))]
public readonly record struct FunctionalClassCode
{
    private FunctionalClassCode(string value) => Value = value;

    public string Value { get; }

    public FunctionalClassLevel Level => (FunctionalClassLevel)Value.Length;

    public FunctionalClassCode? Parent => Level switch
    {
        FunctionalClassLevel.Item => new FunctionalClassCode(Value[..5]),
        FunctionalClassLevel.Section => new FunctionalClassCode(Value[..3]),
        _ => null,
    };

    public FunctionalClassCode Category => new(Value[..3]);

    /// <summary>This code, then its parent, up to its 类.</summary>
    public IEnumerable<FunctionalClassCode> SelfAndAncestors()
    {
        FunctionalClassCode? code = this;
        while (code is { } current)
        {
            yield return current;
            code = current.Parent;
        }
    }

    public bool IsWithin(FunctionalClassCode ancestor) => Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    public static FunctionalClassCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a functional class code: expected 3, 5 or 7 digits starting "
                + $"with 2 (e.g. 208, 20801, 2080107)");

    public static bool TryParse(string? text, out FunctionalClassCode code)
    {
        code = default;
        var value = text?.Trim();
        if (value is null || value.Length is not (3 or 5 or 7) || value[0] != '2' || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new FunctionalClassCode(value);
        return true;
    }

    public override string ToString() => Value;
}
