using System.Text;
using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Trace;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>Each of the unit's projects year by year, with the chain of events behind it.</summary>
internal static class TraceSection
{
    public static string Write(IReadOnlyList<TraceView> traces)
    {
        var html = new StringBuilder("<section id=\"trace\">\n").Append(Text.Element("h2", "项目追溯"));
        if (traces.Count == 0)
        {
            html.Append(Text.Element("p", "账本中无该单位的项目", "none"));
        }

        return html.AppendJoin("", traces.SelectMany(TraceReport.Build).Select(HtmlTable.Write))
            .Append("</section>\n").ToString();
    }
}
