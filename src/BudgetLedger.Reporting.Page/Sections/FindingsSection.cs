using System.Text;
using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>The findings recorded at import against each held year.</summary>
internal static class FindingsSection
{
    public static string Write(UnitYears unit) =>
        new StringBuilder("<section id=\"findings\">\n").Append(Text.Element("h2", "校验发现"))
            .AppendJoin("", unit.Held.SelectMany(h => FindingsReport.Build(h.Unit, h.Year)).Select(HtmlTable.Write))
            .Append("</section>\n").ToString();
}
