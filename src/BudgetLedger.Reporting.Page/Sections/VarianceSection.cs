using System.Text;
using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>Each variance as the `variance` command's tables: totals, reconciliation, projects, lines, reasons.</summary>
internal static class VarianceSection
{
    public static string Write(IReadOnlyList<VarianceView> variances)
    {
        var html = new StringBuilder("<section id=\"variance\">\n").Append(Text.Element("h2", "预算变动分析"));
        if (variances.Count == 0)
        {
            html.Append(Text.Element("p", "账本中只有该单位一个年度，无从比较", "none"));
        }

        foreach (var variance in variances)
        {
            html.Append(Text.Element("h3", $"{variance.From.Year}年 → {variance.To.Year}年"))
                .AppendJoin("", VarianceReport.Build(variance).Select(HtmlTable.Write));
        }

        return html.Append("</section>\n").ToString();
    }
}
