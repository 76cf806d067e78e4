using System.Text;
using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>Every table of each held year's documents exactly as printed (each row's page and line on hover).</summary>
internal static class PublishedSection
{
    public static string Write(UnitYears unit)
    {
        var html = new StringBuilder("<section id=\"published\">\n").Append(Text.Element("h2", "公开表格（原样）"));
        foreach (var held in unit.Held)
        {
            html.Append(Text.Element("h3", $"{held.Year}年 {held.Unit.Name}"))
                .AppendJoin("", PublishedReport.Build(held.Unit, held.Year).Select(HtmlTable.Write));
        }

        return html.Append("</section>\n").ToString();
    }
}
