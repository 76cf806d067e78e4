using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Reporting.Rendering;

/// <summary>Report tables as aligned text, JSON or CSV.</summary>
public static class ReportRenderer
{
    public static string Render(IReadOnlyList<ReportTable> tables, string format) => format switch
    {
        "json" => Tree(tables).ToString(Newtonsoft.Json.Formatting.Indented),
        "csv" => string.Join("\n", tables.Select(t => string.Join("\n", new[] { Csv([t.Title]),
            Csv(t.Headers) }.Concat(t.Rows.Select(Csv))))) + "\n",
        _ => string.Join("\n", tables.Select(Text)),
    };

    /// <summary>The tables as the JSON array <c>--format json</c> prints.</summary>
    public static JArray Tree(IReadOnlyList<ReportTable> tables) => new(tables.Select(Json));

    private static JObject Json(ReportTable t)
    {
        var json = new JObject { ["title"] = t.Title, ["headers"] = new JArray(t.Headers),
            ["rows"] = new JArray(t.Rows.Select(r => new JArray(r))) };
        if (t.Unit is not null)
        {
            json["unit"] = t.Unit;
        }

        if (t.RowSources is { } sources)
        {
            json["sources"] = new JArray(sources.Select(s => new JObject { ["page"] = s.Page, ["line"] = s.Line }));
        }

        return json;
    }

    private static string Csv(IEnumerable<string> cells) =>
        string.Join(",", cells.Select(c => c.Contains(',') || c.Contains('"') || c.Contains('\n')
            ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));

    private static string Text(ReportTable table)
    {
        var all = new List<IReadOnlyList<string>> { table.Headers };
        all.AddRange(table.Rows);
        var widths = Enumerable.Range(0, all.Max(r => r.Count)).Select(i => all.Max(r => Width(i < r.Count ? r[i]
            : ""))).ToArray();
        var text = new StringBuilder().AppendLine(table.Title);
        foreach (var row in all)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < row.Count ? row[i] : "";
                var pad = new string(' ', widths[i] - Width(cell));
                var numeric = decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _) && i > 0;
                text.Append(numeric ? pad + cell : cell + pad).Append(i < widths.Length - 1 ? "  " : "");
            }

            text.AppendLine();
        }

        if (table.Rows.Count == 0)
        {
            text.AppendLine("(本表无数据)");
        }

        return text.ToString();
    }

    private static int Width(string text) => text.Sum(c => c >= '\u1100'
        && char.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation ? 2 : 1);
}
