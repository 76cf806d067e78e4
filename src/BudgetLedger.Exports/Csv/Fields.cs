using System.Globalization;

namespace BudgetLedger.Exports.Csv;

/// <summary>Figures and names as CSV fields: amounts exactly as stored, blank where not stated.</summary>
public static class Fields
{
    /// <summary>The unit every read-model amount is in, stated in each figure file's amount_unit column.</summary>
    public const string TenThousandYuan = "万元";

    public static string Of(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Of(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Of<T>(T? value) where T : struct, Enum => value?.ToString() ?? "";
}
