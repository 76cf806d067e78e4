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
        var number = Numbering().Match(last.Entry.Replace(" ", "", StringComparison.Ordinal)).Value;
        var reached = text.Lines.Where(l => l.Number > last.Line).Select(l => string.Concat(l.NonEmptyCells)
            .Replace(" ", "", StringComparison.Ordinal)).Any(l => Normal(l) is { Length: > 0 } n && (n == last.Normal
                || (last.Normal.Length >= 4 && n.Contains(last.Normal, StringComparison.Ordinal))
                || (number.Length > 0 && l.StartsWith(number, StringComparison.Ordinal))));
        if (!reached && PrintedPage(text, last.Line) is { } page && text.Lines.Max(l => l.Page) >= page + 1)
        {
            reached = true; // the wording differs, but the document runs past the page the contents give
        }

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
        if ((tables.SkipLast(1).Any(t => t.Title == last.Title && t.Lines.Any(IsSignOff))
            || TableRecognizer.Recognize(last.Title) == TableKind.PerformanceTargets
                && TableShapes.Misfit(TableKind.PerformanceTargets, last) is null
                && !last.Lines.Any(l => l.Cells.Any(c => c.Contains("满意度", StringComparison.Ordinal))))
            && !last.Lines.Any(IsSignOff))
        {
            throw new ImportException(fileName, last.Title, last.TitleLine, "the last table lacks the sign-off row "
                + "(负责人, 经办人, 填报日期) or the 满意度 indicators that tables of its kind end with: the document is cut "
                + "short", last.TitlePage);
        }


        var end = last.Lines.Count > 0 ? last.Lines[^1].Number : last.TitleLine;
        if (text.Lines.LastOrDefault(l => l.Number > end && l.NonEmptyCells.Count == 1
            && TableTitles.IsTitle(l.Text)) is { } title)
        {
            throw new ImportException(fileName, title.Text, title.Number, "the document ends at this table's title "
                + "with nothing under it: it is cut short", title.Page);
        }

        // A table printed empty still prints its header; one with hardly a line under its title was cut off.
        if (!last.DeclaredEmpty && last.Lines.Count <= 1 && !last.Lines.Any(l => TableGrid.IsBody(l)
            || l.Cells.SelectMany(c => c.Split(' ')).Any(w => Figure().IsMatch(w))))
        {
            throw new ImportException(fileName, last.Title, last.TitleLine, "the last table prints no more than a "
                + "line under its title and does not say it is empty (本表无数据): the document is cut short",
                last.TitlePage);
        }
    }

    private static bool IsSignOff(TextLine line) =>
        line.Cells.Any(c => c.StartsWith("负责人", StringComparison.Ordinal))
        && line.Cells.Any(c => c.StartsWith("经办人", StringComparison.Ordinal)
            || c.StartsWith("填报日期", StringComparison.Ordinal));

    /// <summary>
    /// The contents entries, in order: the lines under the 目录 heading up to where the body begins (its first entry
    /// printed again, or a line of prose); with no heading, every line with a dot leader and a page number.
    /// </summary>
    public static IEnumerable<(string Entry, string Normal, int Line, int Page)> Entries(DisclosureText text)
    {
        var heading = text.Lines.FirstOrDefault(l => string.Concat(l.NonEmptyCells).Replace(" ", "",
            StringComparison.Ordinal) == "目录");
        var entries = new List<(string Entry, string Normal, int Line, int Page)>();
        int? form = null;
        foreach (var line in text.Lines.Where(l => !l.IsBlank && l.Number > (heading?.Number ?? 0)))
        {
            var (entry, shape) = EntryOf(line.NonEmptyCells, listed: heading is not null);
            if (entry is not null && form is { } f && shape != f)
            {
                entry = null; // the contents print every entry one way: another way is the body
            }

            if (entry is null || Normal(entry) is not { Length: >= 2 } normal)
            {
                if (heading is not null && entries.Count > 0 && line.Text.Length >= 10)
                {
                    break; // prose: the body has begun
                }

                continue;
            }

            if (heading is not null && entries.Count > 0 && normal == entries[0].Normal)
            {
                break; // the first entry again: the body has begun
            }

            form ??= shape;
            entries.Add((entry, normal, line.Number, line.Page));
        }

        return entries;
    }

    /// <summary>"第四部分 名词解释.....24"; under a 目录 heading also "第四部分 名词解释 | 27" or "第四部分 名词解释".</summary>
    private static (string? Entry, int Form) EntryOf(IReadOnlyList<string> cells, bool listed)
    {
        var m = Entry().Match(string.Join(' ', cells));
        return m.Success ? (m.Groups["entry"].Value.Trim(), 0)
            : listed && cells.Count == 2 && PageNumber().IsMatch(cells[1]) ? (cells[0], 0)
            : listed && cells.Count == 1 && Numbering().IsMatch(cells[0].Replace(" ", "", StringComparison.Ordinal))
                && cells[0].Length <= 60 && !cells[0].EndsWith('。') ? (cells[0], 2)
            : (null, -1);
    }

    /// <summary>An entry or heading without its numbering ("第四部分", "一、", "表五", "（一）"), year and spaces.</summary>
    private static string Normal(string text) =>
        TableTitles.Core(Numbering().Replace(text.Replace(" ", "", StringComparison.Ordinal), ""))
            .Replace('(', '（').Replace(')', '）');

    [GeneratedRegex(@"^-?[\d,]*\d\.\d+$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    /// <summary>The page number a contents entry gives ("…名词解释.....24"), if it gives one.</summary>
    private static int? PrintedPage(DisclosureText text, int line)
    {
        var cells = text.Lines.First(l => l.Number == line).NonEmptyCells;
        var last = string.Join(' ', cells).Split(' ', '.', '…', '·', '-')[^1];
        return PageNumber().IsMatch(last) ? int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?<entry>.+?)\s*(\.{3,}|…{2,}|·{3,}|-{3,})\s*\d{1,3}$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(第.{1,3}部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|表"
        + @"([一二三四五六七八九十]+|\d{1,2})[：:.．、]?)+")]
    private static partial Regex Numbering();
}
