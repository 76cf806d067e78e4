using System.Text;

namespace BudgetLedger.Reporting.Page.Html;

/// <summary>A section of the page: its heading, then its parts, or a line saying why it has none.</summary>
internal static class Section
{
    public static string Write(string id, string heading, IEnumerable<string> parts, string none)
    {
        var body = string.Concat(parts);
        return new StringBuilder($"<section id=\"{id}\">\n").Append(Text.Element("h2", heading))
            .Append(body.Length == 0 ? Text.Element("p", none, "none") : body).Append("</section>\n").ToString();
    }

    /// <summary>A sub-heading and the report tables under it.</summary>
    public static string Part(string heading, IEnumerable<Rendering.ReportTable> tables) =>
        Text.Element("h3", heading) + string.Concat(tables.Select(HtmlTable.Write));
}
