using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// What a figure is of, with the words that do not tell figures apart removed: the unit's name, years, numbering,
/// quotation marks, "其中", a trailing "为".
/// </summary>
public static partial class Subjects
{
    public static string Normalize(string text, string unitName)
    {
        var s = unitName.Length > 0 ? text.Replace(unitName, "", StringComparison.Ordinal) : text;
        s = Noise().Replace(Heading().Replace(s, ""), "");
        return Trailing().Replace(s, "");
    }

    /// <summary>
    /// Two subjects name the same figure when one ends with the other and the shorter still says something.
    /// </summary>
    public static bool Same(string a, string b) => a == b || (Math.Min(a.Length, b.Length) >= 4
        && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal)));

    [GeneratedRegex(@"[“”""'‘’\s]|\d{4}年度?|^\d{1,2}[、.．]|^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、"
        + @"|其中|我单位|我中心|本单位|本部门|本年度?|主要包括|主要用于以下方面|^为")]
    private static partial Regex Noise();

    /// <summary>A part heading the prose ran into ("收入决算情况说明收入合计"): everything up to its last 情况.</summary>
    [GeneratedRegex(@"^.*情况(说明)?(?=.)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(为|是|共计)$")]
    private static partial Regex Trailing();
}
