namespace BudgetLedger.Import.Tables;

/// <summary>
/// Cuts the text into tables: each starts at a title line and runs to the next title or the next part
/// heading ("第三部分 …"). Watermark lines are dropped; the unit line ("单位：万元") sets the table's unit. A title
/// followed directly by another title (a 目录 entry, a part heading such as "…2024 年度部门决算表") is no table.
/// </summary>
public static partial class TableSegmenter
{
    public static IReadOnlyList<RawTable> Split(DisclosureText text)
    {
        var watermarks = Watermarks.Find(text.Lines);
        var tables = new List<RawTable>();
        (string Title, int Line, int Page)? current = null;
        var lines = new List<TextLine>();
        var notes = new List<string>();
        AmountUnit? unit = null;
        var nameContinues = false;
        (string Title, int Line, int Page)? repeated = null;
        var unitLabelPending = false;

        void Close()
        {
            // A title with nothing under it before the next title is a contents entry (目录) or a part heading.
            if (current is { } c && (lines.Count > 0 || notes.Count > 0 || unit is not null))
            {
                tables.Add(new RawTable(c.Title, c.Line, unit, lines.ToList(), notes.ToList()) { TitlePage = c.Page });
            }

            current = null;
            repeated = null;
            lines.Clear();
            notes.Clear();
            unit = null;
        }

        var edges = PageEdges(text.Lines);
        foreach (var line in text.Lines.Where(l => !l.IsBlank))
        {
            var single = line.NonEmptyCells.Count == 1 ? line.Text : null;
            if (single is not null && (watermarks.Contains(single) || edges.Contains(line.Number)
                && PageNumber().IsMatch(single)))
            {
                continue;
            }

            if (single is not null && TableTitles.IsTitle(single))
            {
                if (current is { } open && open.Title == single && line.Page > open.Page && lines.Count > 0)
                {
                    repeated = (single, line.Number, line.Page); // the table's next page, or a table of that title
                    continue;
                }

                Close();
                current = (single, line.Number, line.Page);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (line.NonEmptyCells[0] is var head && head.StartsWith('第') && head.Length <= 6
                && head.EndsWith("部分", StringComparison.Ordinal) || single?.StartsWith('第') == true
                && single.Contains("部分", StringComparison.Ordinal))
            {
                Close();
                continue;
            }

            if (unit is null && unitLabelPending && single is "万元" or "元")
            {
                unit = single == "万元" ? AmountUnit.TenThousandYuan : AmountUnit.Yuan; // "金额单位：" wrapped before its unit
                unitLabelPending = false;
                continue;
            }

            unit ??= UnitOf(line);
            unitLabelPending = single is not null && (single.EndsWith("单位：", StringComparison.Ordinal)
                || single.EndsWith("单位:", StringComparison.Ordinal));
            if (nameContinues && single is not null)
            {
                // "单位名称：山西省…（山西省" wrapped onto this line.
                nameContinues = false;
                continue;
            }

            nameContinues = line.NonEmptyCells.Any(c => c.StartsWith("单位名称", StringComparison.Ordinal)
                && c.Count(ch => ch is '（' or '(') > c.Count(ch => ch is '）' or ')'));
            if (single is not null && (single.StartsWith('注') || single.StartsWith("备注", StringComparison.Ordinal)
                || single.StartsWith("说明", StringComparison.Ordinal) || single.EndsWith('。')))
            {
                notes.Add(single);
            }
            else if (!line.NonEmptyCells.All(TableTitles.IsFurniture))
            {
                if (repeated is { } next && line.Text != lines[0].Text)
                {
                    var pending = unit;
                    Close();
                    (current, unit) = (next, pending);
                }

                repeated = null;
                lines.Add(line);
            }
        }

        Close();
        return tables;
    }

    /// <summary>The first and last printed line of every page: where page numbers sit.</summary>
    private static HashSet<int> PageEdges(IReadOnlyList<TextLine> lines) =>
        lines.Where(l => !l.IsBlank).GroupBy(l => l.Page)
            .SelectMany(p => new[] { p.First().Number, p.Last().Number }).ToHashSet();

    /// <summary>"3", "- 3 -", "第 3 页", "3/24".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"^(-\s*\d{1,3}\s*-|第\s*\d{1,3}\s*页(\s*共\s*\d{1,3}\s*页)?|\d{1,3}(\s*/\s*\d{1,3})?)$")]
    private static partial System.Text.RegularExpressions.Regex PageNumber();

    private static AmountUnit? UnitOf(TextLine line)
    {
        foreach (var cell in line.NonEmptyCells)
        {
            var text = cell.Replace(" ", "", StringComparison.Ordinal);
            if (text.EndsWith("单位：万元", StringComparison.Ordinal) || text.EndsWith("单位:万元", StringComparison.Ordinal))
            {
                return AmountUnit.TenThousandYuan;
            }

            if (text.EndsWith("单位：元", StringComparison.Ordinal) || text.EndsWith("单位:元", StringComparison.Ordinal))
            {
                return AmountUnit.Yuan;
            }
        }

        return null;
    }
}
