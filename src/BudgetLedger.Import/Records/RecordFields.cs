using System.Globalization;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Records;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Import.Records;

/// <summary>
/// The fields of a record entry from text, whether a file or command-line options gave them; a bad one is a
/// <see cref="RecordRefusal"/> naming the field and the rule.
/// </summary>
public static class RecordFields
{
    public static FiscalYear Year(long? year) => year is >= FiscalYear.Earliest and <= FiscalYear.Latest
        ? new FiscalYear((int)year)
        : throw new RecordRefusal("year", $"required: the fiscal year it takes effect, {FiscalYear.Earliest} to "
            + $"{FiscalYear.Latest} (e.g. 2026)");

    public static string Code(string code, string field) =>
        FunctionalClassCode.TryParse(code, out _) ? code : throw new RecordRefusal(field, $"'{code}' is not a "
            + "functional class code (3, 5 or 7 digits)");

    /// <summary>A positive amount to the fen, in 万元 unless <paramref name="unit"/> is 元.</summary>
    public static Amount Money(string? text, string? unit, string field)
    {
        if (!decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture,
            out var value))
        {
            throw new RecordRefusal(field, "required: an amount such as \"53.23\"");
        }

        if (value <= 0)
        {
            throw new RecordRefusal(field, $"{text} is not positive: the direction is the entry's (transfer from → to, "
                + "supplement or reduction), the amount is never negative");
        }

        var amount = unit switch
        {
            null or "万元" => Amount.TenThousandYuan(value),
            "元" => Amount.Yuan(value),
            var other => throw new RecordRefusal("amountUnit", $"'{other}' is not 元 or 万元"),
        };
        if (!amount.IsWithinBounds)
        {
            throw new RecordRefusal(field, $"{text} is beyond any budget: at most {Amount.MaxYuan:N0} 元");
        }

        return decimal.Round(amount.InYuan, 2) == amount.InYuan
            ? amount
            : throw new RecordRefusal(field, $"{text} is finer than a fen (0.01 "
                + $"元{(amount.Unit == AmountUnit.TenThousandYuan ? ", 0.000001 万元" : "")})");
    }

    public static AdjustmentKind Kind(string? kind) => kind switch
    {
        "supplement" => AdjustmentKind.Supplement,
        "reduction" => AdjustmentKind.Reduction,
        var other => throw new RecordRefusal("kind", $"'{other}' is not supplement (追加) or reduction (调减)"),
    };

    public static FundSource Fund(string? fund) =>
        Enum.TryParse<FundSource>(fund ?? "generalPublicBudget", ignoreCase: true, out var f) ? f
            : throw new RecordRefusal("fundSource", $"not one of {string.Join(", ", Enum.GetNames<FundSource>())}");

    public static ExpenditureKind Spending(string? kind) =>
        Enum.TryParse<ExpenditureKind>(kind ?? "", ignoreCase: true, out var k) ? k
            : throw new RecordRefusal("expenditureKind",
                $"required, one of {string.Join(", ", Enum.GetNames<ExpenditureKind>())}");

    public static Guid Event(string? id) => Guid.TryParse(id, out var g) ? g
        : throw new RecordRefusal("event", "required: the id of the event to reverse (see `log`)");
}
