using Newtonsoft.Json;

namespace BudgetLedger.Domain.Classification;

/// <summary>
/// An economic class code: 部门预算支出经济分类 (301 › 30101) or 政府预算支出经济分类 (501 › 50101).
/// </summary>
[JsonConverter(typeof(EconomicClassCodeJsonConverter))]
public readonly record struct EconomicClassCode
{
    private EconomicClassCode(string value) => Value = value;

    public string Value { get; }

    public bool IsClass => Value.Length == 3;

    public EconomicClassCode? Parent => Value.Length == 5 ? new EconomicClassCode(Value[..3]) : null;

    /// <summary>部门预算 codes start with 3, 政府预算 codes with 5.</summary>
    public bool IsGovernmentBudgetClassification => Value[0] == '5';

    public static EconomicClassCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an economic class code: expected 3 or 5 digits starting with "
                + $"3 or 5 (e.g. 301, 30101, 50101)");

    public static bool TryParse(string? text, out EconomicClassCode code)
    {
        code = default;
        var value = text?.Trim();
        if (value is null || value.Length is not (3 or 5) || value[0] is not ('3' or '5')
            || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new EconomicClassCode(value);
        return true;
    }

    public override string ToString() => Value;
}
