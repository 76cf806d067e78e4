using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Tables;

/// <summary>Which single-cell lines are table titles, and which are the furniture around tables.</summary>
public static partial class TableTitles
{
    public static bool IsTitle(string text) =>
        text.Length is >= 4 and <= 60 && Title().IsMatch(text) && !NotTitle().IsMatch(Numbered().Replace(text, ""));

    /// <summary>"表五2026年一般公共预算支出预算表（不含上年结转）" → "一般公共预算支出预算表（不含上年结转）".</summary>
    public static string Core(string title) => Prefix().Replace(title, "");

    public static int? Year(string title) =>
        YearPattern().Match(title) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Lines between a title and the table's header that only say where the table sits.</summary>
    public static bool IsFurniture(string text) => Furniture().IsMatch(text);

    [GeneratedRegex(@"表(（[^）]*）|\([^)]*\))?$")]
    private static partial Regex Title();

    [GeneratedRegex(@"^(第.{1,3}部分|（|\(|注|说明|备注|公开\s*\d+\s*表$|附?表\s*\d+$|(预算|部门)公开表\d+$)"
        + @"|[，。；：:]|\.\.\.|(部门|单位)(预算|决算)表$|(预算|决算)公开表$")]
    private static partial Regex NotTitle();

    /// <summary>"表1：", "表 11.", "表三、": the table's number before its title.</summary>
    [GeneratedRegex(@"^表\s*(\d{1,2}|[一二三四五六七八九十]+)\s*[：:.．、]\s*")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(表\s*(\d{1,2}|[一二三四五六七八九十]+)\s*[：:.．、]?)?\s*(\d{4}\s*年度?)?\s*")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(公开\s*\d+\s*表|(预算|部门)公开表\d+|附?表\s*(\d+|[一二三四五六七八九十]+)"
        + @"|[（(]?\d{4}年度[）)]?|单位名称[：:].*|部门名称[：:].*|部门[：:].*"
        + @"|(金额)?单位[：:].*|[1-9]\d?)$")]
    private static partial Regex Furniture();
}
