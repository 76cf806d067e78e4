using System.Net;

namespace BudgetLedger.Reporting.Page.Html;

/// <summary>Text put into the page: escaped as HTML, Chinese left as it is.</summary>
internal static class Text
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>An element holding escaped text, with an optional class.</summary>
    public static string Element(string tag, string? text, string? cssClass = null) =>
        $"<{tag}{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{Escape(text)}</{tag}>\n";
}
