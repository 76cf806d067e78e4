using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Where a right-aligned figure ends and the next column's text begins with almost no gap ("0.00处理能力…",
/// "16,410.71 一、一般公共服务支出"): a figure with decimals followed by a Chinese letter is two cells.
/// </summary>
internal static partial class FigureEnd
{
    /// <summary>A gap this many letter sizes wide parts a figure from the text after it.</summary>
    public const double Gap = 0.04;

    public static bool Parts(string before, string after, double gap, double size) =>
        gap > Gap * size && after.Length > 0 && WideCharacters.IsWide(after[0]) && Figure().IsMatch(before);

    [GeneratedRegex(@"^-?[\d,]*\d\.\d+$")]
    private static partial Regex Figure();
}
