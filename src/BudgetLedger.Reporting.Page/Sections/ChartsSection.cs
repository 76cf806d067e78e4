using System.Text;
using BudgetLedger.Reporting.Page.Charts;
using BudgetLedger.Reporting.Page.Html;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>
/// A canvas per chart with figures (or a line saying why there is none), and the charts' data as JSON for the
/// page's script.
/// </summary>
internal static class ChartsSection
{
    private static readonly JsonSerializerSettings Json = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
    };

    public static string Write(IReadOnlyList<ChartSpec> charts)
    {
        var html = new StringBuilder("<section id=\"charts\">\n").Append(Text.Element("h2", "图表"))
            .Append("<div class=\"charts\">\n");
        foreach (var chart in charts)
        {
            html.Append("<figure>\n").Append(Text.Element("figcaption", chart.Title)).Append(chart.HasData
                ? $"<div class=\"chart\"><canvas id=\"chart-{chart.Id}\" role=\"img\" "
                    + $"aria-label=\"{Text.Escape(chart.Title)}\"></canvas></div>\n"
                : Text.Element("p", chart.NoData, "none")).Append("</figure>\n");
        }

        return html.Append("</div>\n<script type=\"application/json\" id=\"chart-data\">")
            .Append(JsonConvert.SerializeObject(charts.Where(c => c.HasData), Json))
            .Append("</script>\n</section>\n").ToString();
    }
}
