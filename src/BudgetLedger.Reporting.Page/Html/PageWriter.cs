using System.Reflection;
using System.Text;

namespace BudgetLedger.Reporting.Page.Html;

/// <summary>The page's frame: UTF-8 head with the inline style, the body's sections, then the inline scripts.</summary>
internal sealed class PageWriter(string title)
{
    private readonly StringBuilder _body = new();

    public void Raw(string html) => _body.Append(html);

    public string Finish() => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append("<title>").Append(Text.Escape(title)).Append(" · 预算公开账本</title>\n")
        .Append("<style>\n").Append(Resource("page.css")).Append("</style>\n</head>\n<body>\n")
        .Append(_body)
        .Append("<script>\n").Append(Script(Resource("chart.umd.min.js"))).Append("\n</script>\n")
        .Append("<script>\n").Append(Script(Resource("draw-charts.js"))).Append("\n</script>\n")
        .Append("</body>\n</html>\n").ToString();

    /// <summary>A script as inline text: no source map to fetch, nothing that could close the element early.</summary>
    private static string Script(string code) =>
        string.Join('\n', code.Split('\n').Where(l => !l.StartsWith("//# sourceMappingURL=", StringComparison.Ordinal)))
            .Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the page's resource {name} is not in the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
