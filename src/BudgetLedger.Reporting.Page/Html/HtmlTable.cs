using System.Globalization;
using System.Text;
using BudgetLedger.Reporting.Rendering;

namespace BudgetLedger.Reporting.Page.Html;

/// <summary>A report table as an HTML table: the title as caption, cells as given, figures right-aligned.</summary>
internal static class HtmlTable
{
    public static string Write(ReportTable table)
    {
        var html = new StringBuilder("<div class=\"table\">\n<table>\n<caption>").Append(Text.Escape(table.Title));
        if (table.Unit is { } unit)
        {
            html.Append("<span class=\"unit\">单位：").Append(Text.Escape(unit)).Append("</span>");
        }

        html.Append("</caption>\n");
        if (table.Headers.Count > 0)
        {
            html.Append("<thead><tr>").AppendJoin("", table.Headers.Select(h => $"<th>{Text.Escape(h)}</th>"))
                .Append("</tr></thead>\n");
        }

        html.Append("<tbody>\n");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var source = table.RowSources is { } s && i < s.Count ? $" title=\"第{s[i].Page}页 第{s[i].Line}行\"" : "";
            html.Append("<tr").Append(source).Append('>')
                .AppendJoin("", table.Rows[i].Select(Cell)).Append("</tr>\n");
        }

        if (table.Rows.Count == 0)
        {
            html.Append("<tr><td class=\"none\">（本表无数据）</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</div>\n").ToString();
    }

    private static string Cell(string cell) =>
        decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? $"<td class=\"num\">{Text.Escape(cell)}</td>"
            : $"<td>{Text.Escape(cell)}</td>";
}
