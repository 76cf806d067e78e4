namespace BudgetLedger.Import.Validation.Kept;

/// <summary>
/// Whether a kept table's header makes its row identity explicit: its figure columns are a total (合计, 小计) and
/// parts only (基本支出 + 项目支出 and the other parts of 本年支出合计, or 人员经费 + 公用经费), nothing else.
/// </summary>
public static class KeptHeader
{
    private static readonly string[] Totals = ["本年支出合计", "合计", "小计", "支出合计"];

    private static readonly string[] ProjectParts = ["基本支出", "项目支出", "上缴上级支出", "经营支出",
        "对附属单位补助支出"];

    private static readonly string[] CostParts = ["人员经费", "公用经费"];

    private static readonly string[] Labels = ["项目", "科目编码", "科目名称", "功能分类", "功能分类科目", "科目", "编码",
        "名称", "类", "款", "项", "栏次", "支出功能分类科目", "单位：万元", "单位：元"];

    /// <summary>The header line names a figure column (a total or a part).</summary>
    public static bool Names(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Any(w => Totals.Contains(w) || ProjectParts.Contains(w) || CostParts.Contains(w));

    public static bool PartsExplicit(IEnumerable<string> cells)
    {
        var words = cells.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var project = words.Contains("基本支出") && words.Contains("项目支出");
        var costs = words.Contains("人员经费") && words.Contains("公用经费");
        if (project == costs || !words.Any(Totals.Contains))
        {
            return false;
        }

        var parts = project ? ProjectParts : CostParts;
        string[] known = [.. Totals, .. parts, .. Labels];
        return words.All(w => w.All(char.IsAsciiDigit) || known.Contains(w)
            || (w.Length >= 2 && parts.Any(p => p.Contains(w, StringComparison.Ordinal))));
    }
}
