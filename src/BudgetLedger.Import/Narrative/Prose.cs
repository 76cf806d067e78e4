using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// The document's prose (情况说明) as one string, whitespace removed so a sentence wrapped over lines reads whole;
/// lines of published tables are left out and a gap where they stood ends the sentence, as a blank line does unless
/// it falls at a page break (the sentence runs on to the next page) or the line before it stops mid-sentence (no
/// closing punctuation, not a heading: text laid out with a blank line after every line). Each offset knows its line.
/// </summary>
public sealed partial class Prose
{
    private readonly List<(int Offset, int Line)> _starts = [];

    private Prose(string text, List<(int Offset, int Line)> starts) => (Text, _starts) = (text, starts);

    public string Text { get; }

    public static Prose Of(DisclosureText text, IEnumerable<IBudgetEvent> events)
    {
        var tableLines = events.OfType<TablePublished>()
            .SelectMany(t => t.Rows.Select(r => r.Line).Append(t.TitleLine)).ToHashSet();
        var builder = new System.Text.StringBuilder();
        var starts = new List<(int, int)>();
        var (page, gap, last) = (0, false, "");
        foreach (var line in text.Lines)
        {
            var clean = new string(line.Text.Where(c => !char.IsWhiteSpace(c)).ToArray());
            if (clean.Length == 0)
            {
                gap = true;
                continue;
            }

            if (gap && line.Page == page && !RunsOn(last))
            {
                End(builder);
            }

            if (tableLines.Contains(line.Number) || !clean.Any(c => c is >= '\u4e00' and <= '\u9fff'))
            {
                End(builder);
                continue;
            }

            (page, gap, last) = (line.Page, false, clean);
            starts.Add((builder.Length, line.Number));
            builder.Append(clean);
        }

        return new Prose(builder.ToString(), starts);
    }

    private static bool RunsOn(string line) => line.Length > 0 && !Closed().IsMatch(line);

    /// <summary>A line that ends a sentence or a clause list, or is a heading.</summary>
    [GeneratedRegex(@"[。；;：:！？!?]$|(说明|情况)$|^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．])")]
    private static partial Regex Closed();

    private static void End(System.Text.StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != '。')
        {
            builder.Append('。');
        }
    }

    /// <summary>The document line the character at <paramref name="offset"/> was printed on.</summary>
    public int LineAt(int offset)
    {
        var i = _starts.FindLastIndex(s => s.Offset <= offset);
        return i < 0 ? 0 : _starts[i].Line;
    }
}
