using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Tables;

/// <summary>
/// The contents page (目录) lists the document's parts and tables, each with a dot leader and its page number
/// ("第四部分 名词解释.....24"). A document that never reaches the last entry after its contents was cut short, and is
/// refused naming that entry.
/// </summary>
public static partial class ContentsPage
{
    public static void Check(DisclosureText text)
    {
        var entries = Entries(text).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var last = entries[^1];
        var reached = text.Lines.Where(l => l.Number > last.Line).Select(l => Normal(string.Concat(l.NonEmptyCells)))
            .Any(l => l.Length > 0 && (l == last.Normal || (last.Normal.Length >= 4
                && l.Contains(last.Normal, StringComparison.Ordinal))));
        if (!reached)
        {
            throw new ImportException(text.FileName, null, last.Line, $"the contents end with '{last.Entry}' (line "
                + $"{last.Line}), which the document never reaches: it is cut short", last.Page);
        }
    }

    /// <summary>
    /// The document's last table with no row of figures, not saying it is empty (本表无数据): the text ends inside it.
    /// </summary>
    public static void CheckLastTable(DisclosureText text, IReadOnlyList<RawTable> tables)
    {
        var last = tables[^1];
        var fileName = text.FileName;

        var end = last.Lines.Count > 0 ? last.Lines[^1].Number : last.TitleLine;
        if (text.Lines.LastOrDefault(l => l.Number > end && l.NonEmptyCells.Count == 1
            && TableTitles.IsTitle(l.Text)) is { } title)
        {
            throw new ImportException(fileName, title.Text, title.Number, "the document ends at this table's title "
                + "with nothing under it: it is cut short", title.Page);
        }

        if (!last.DeclaredEmpty && !last.Lines.Any(l => TableGrid.IsBody(l)
            || l.Cells.SelectMany(c => c.Split(' ')).Any(w => Figure().IsMatch(w))))
        {
            throw new ImportException(fileName, last.Title, last.TitleLine, "the last table prints no row of figures "
                + "and does not say it is empty (本表无数据): the document is cut short", last.TitlePage);
        }
    }

    /// <summary>The contents entries, in order, with the line they are on.</summary>
    public static IEnumerable<(string Entry, string Normal, int Line, int Page)> Entries(DisclosureText text)
    {
        int? contents = null;
        foreach (var line in text.Lines)
        {
            var cells = line.NonEmptyCells;
            if (cells.Count == 1 && cells[0].Replace(" ", "", StringComparison.Ordinal) == "目录")
            {
                contents = line.Number;
                continue;
            }

            // "第四部分 名词解释.....24", or under a 目录 heading "第四部分 名词解释 | 27".
            var m = Entry().Match(string.Join(' ', cells));
            var entry = m.Success ? m.Groups["entry"].Value.Trim()
                : contents is { } at && line.Number - at < 80 && cells.Count == 2 && PageNumber().IsMatch(cells[1])
                    ? cells[0] : null;
            if (entry is not null && Normal(entry) is { Length: >= 2 } normal)
            {
                yield return (entry, normal, line.Number, line.Page);
            }
        }
    }

    /// <summary>An entry or heading without its numbering ("第四部分", "一、", "表五", "（一）"), year and spaces.</summary>
    private static string Normal(string text) =>
        TableTitles.Core(Numbering().Replace(text.Replace(" ", "", StringComparison.Ordinal), ""))
            .Replace('(', '（').Replace(')', '）');

    [GeneratedRegex(@"^-?[\d,]*\d\.\d+$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?<entry>.+?)\s*(\.{3,}|…{2,}|·{3,}|-{3,})\s*\d{1,3}$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(第.{1,3}部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|表"
        + @"([一二三四五六七八九十]+|\d{1,2})[：:.．、]?)+")]
    private static partial Regex Numbering();
}
