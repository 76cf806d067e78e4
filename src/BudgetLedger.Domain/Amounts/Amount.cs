using System.Globalization;
using Newtonsoft.Json;

namespace BudgetLedger.Domain.Amounts;

/// <summary>
/// An exact decimal figure that knows its unit. Figures in different units never mix
/// silently: adding 万元 to 元 converts the right-hand side to the left-hand unit exactly.
/// </summary>
[JsonConverter(typeof(AmountJsonConverter))]
public readonly record struct Amount(decimal Value, AmountUnit Unit) : IComparable<Amount>
{
    private const decimal YuanPerTenThousand = 10_000m;

    public static Amount TenThousandYuan(decimal value) => new(value, AmountUnit.TenThousandYuan);

    public static Amount Yuan(decimal value) => new(value, AmountUnit.Yuan);

    public static Amount Zero(AmountUnit unit) => new(0m, unit);

    /// <summary>
    /// No budget figure comes near this (a whole country's yearly budget is under 10^14 元); beyond it a figure is an
    /// error.
    /// </summary>
    public const decimal MaxYuan = 1_000_000_000_000_000m;

    public bool IsWithinBounds => Math.Abs(Value) <= (Unit == AmountUnit.Yuan ? MaxYuan : MaxYuan / YuanPerTenThousand);

    public decimal InYuan => Unit == AmountUnit.Yuan ? Value : Value * YuanPerTenThousand;

    public Amount To(AmountUnit unit) =>
        unit == Unit ? this
        : unit == AmountUnit.Yuan ? new Amount(Value * YuanPerTenThousand, unit)
        : new Amount(Value / YuanPerTenThousand, unit);

    public bool IsZero => Value == 0m;

    public Amount Negate() => this with { Value = -Value };

    public static Amount operator +(Amount left, Amount right) => left with { Value = left.Value
        + right.To(left.Unit).Value };

    public static Amount operator -(Amount left, Amount right)
        => left with { Value = left.Value - right.To(left.Unit).Value };

    public static Amount operator -(Amount amount) => amount.Negate();

    public int CompareTo(Amount other) => InYuan.CompareTo(other.InYuan);

    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Same money, whatever the unit each side is stated in.</summary>
    public bool SameMoneyAs(Amount other) => InYuan == other.InYuan;

    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} {UnitSymbol(Unit)}";

    public static string UnitSymbol(AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.TenThousandYuan => "万元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Reads "1,563.24 万元", "1563.24万元" or "53230 元" as printed in disclosures.</summary>
    public static Amount Parse(string text)
    {
        if (!TryParse(text, out var amount))
        {
            throw new FormatException($"'{text}' is not an amount: expected a number followed by 元 or 万元");
        }

        return amount;
    }

    public static bool TryParse(string? text, out Amount amount)
    {
        amount = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        AmountUnit unit;
        if (trimmed.EndsWith("万元", StringComparison.Ordinal))
        {
            unit = AmountUnit.TenThousandYuan;
            trimmed = trimmed[..^2];
        }
        else if (trimmed.EndsWith('元'))
        {
            unit = AmountUnit.Yuan;
            trimmed = trimmed[..^1];
        }
        else
        {
            return false;
        }

        if (!decimal.TryParse(trimmed.Trim().Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out var value))
        {
            return false;
        }

        amount = new Amount(value, unit);
        return amount.IsWithinBounds;
    }
}
