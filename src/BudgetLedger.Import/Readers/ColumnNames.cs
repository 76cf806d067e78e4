namespace BudgetLedger.Import.Readers;

/// <summary>
/// Names the figure columns of a class table from its header lines, in the words the readers look up: the printed
/// names differ between provinces and years ("小计", "总计", "其中：基本支出", "一般公共预算拨款收入").
/// </summary>
public static class ColumnNames
{
    private static readonly (string Part, string Name)[] Known =
    [
        ("基本支出", "基本支出"), ("项目支出", "项目支出"), ("一般公共预算", "一般公共预算"), ("政府性基金", "政府性基金"),
        ("国有资本经营", "国有资本经营预算"), ("财政专户", "财政专户管理资金"), ("单位资金", "单位资金"), ("上年结转", "上年结转"),
    ];

    public static List<string> Of(IReadOnlyList<TextLine> header, int first, int width)
    {
        var lines = header.Where(h => !IsNumbering(h)).ToList();
        return Enumerable.Range(first, Math.Max(0, width - first)).Select(i =>
        {
            var cells = lines.Select(h => h[i]).Where(c => c.Length > 0).ToList();
            var lowest = Canonical(cells.LastOrDefault() ?? "");
            return IsKnown(lowest) || cells.Count < 2 ? lowest : Wrapped(cells);
        }).ToList();
    }

    /// <summary>
    /// A name whose words wrapped over header lines ("一般公共预" / "算拨款收入"): the known name must run across
    /// the break, or the upper cell is a heading over several columns ("基本支出" over 人员经费 and 公用经费).
    /// </summary>
    private static string Wrapped(List<string> cells)
    {
        var all = string.Concat(cells).Replace(" ", "", StringComparison.Ordinal);
        var known = Known.FirstOrDefault(k => all.Contains(k.Part, StringComparison.Ordinal));
        return known.Name is not null && !cells.Any(c => c.Replace(" ", "", StringComparison.Ordinal)
            .Contains(known.Part, StringComparison.Ordinal)) ? known.Name : all;
    }

    /// <summary>"栏次 1 2 3", "** ** 1 2 3": a line numbering the columns under the header.</summary>
    public static bool IsNumbering(TextLine line) =>
        line[0] is "栏次" or "行次" || (line.NonEmptyCells.Count > 0
            && line.NonEmptyCells.All(c => (c.Length <= 2 && c.All(char.IsAsciiDigit)) || c.Trim('*').Length == 0));

    private static bool IsKnown(string name) => name == "合计" || Known.Any(k => k.Name == name);

    private static string Canonical(string header)
    {
        var name = header.Replace(" ", "", StringComparison.Ordinal);
        if (Known.FirstOrDefault(k => name.Contains(k.Part, StringComparison.Ordinal)) is { Name: not null } known)
        {
            return known.Name;
        }

        return name.EndsWith("合计", StringComparison.Ordinal) || name is "小计" or "总计" ? "合计" : name;
    }
}
