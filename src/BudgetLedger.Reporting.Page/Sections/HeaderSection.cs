using System.Globalization;
using System.Text;
using BudgetLedger.Reporting.Page.Html;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>The unit's name, codes, renames and held years, and the log position the page is built from.</summary>
internal static class HeaderSection
{
    public static string Write(UnitYears unit, ulong position)
    {
        var codes = unit.Body.Views.Select(v => v.Code).OfType<string>().Distinct();
        var html = new StringBuilder("<header>\n").Append(Text.Element("h1", unit.Name))
            .Append(Text.Element("p", $"单位编码: {string.Join("、", codes.DefaultIfEmpty("无"))}；"
                + $"账本中的年度: {string.Join("、", unit.Held.Select(h => $"{h.Year}年（{h.Unit.Name}）"))}"));
        foreach (var rename in unit.Body.Lineage)
        {
            html.Append(Text.Element("p", $"{rename.Year}年更名: {rename.OldName} → {rename.NewName}"));
        }

        return html.Append(Text.Element("p", "据账本日志至位置 "
            + position.ToString(CultureInfo.InvariantCulture) + "；金额单位: 万元（另注者除外）", "stamp"))
            .Append("</header>\n").ToString();
    }
}
