using Newtonsoft.Json;

namespace BudgetLedger.Domain.Years;

/// <summary>年度: a calendar year.</summary>
[JsonConverter(typeof(FiscalYearJsonConverter))]
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    public const int Earliest = 1950;
    public const int Latest = 2200;

    public FiscalYear(int value)
    {
        if (value is < Earliest or > Latest)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"a fiscal year lies between {Earliest} and {Latest}");
        }

        Value = value;
    }

    public int Value { get; }

    public FiscalYear Previous => new(Value - 1);

    public FiscalYear Next => new(Value + 1);

    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.Value < right.Value;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.Value > right.Value;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Value <= right.Value;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
