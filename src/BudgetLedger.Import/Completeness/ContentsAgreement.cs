using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// The contents (目录) and the body list the same tables: each table entry of the contents is printed, and each
/// national table printed is in the contents. Tables are matched by the national table their titles name, so a
/// contents entry may word a title differently from the body ("部门收支总表" / "2026年部门收支总体情况表").
/// </summary>
internal static partial class ContentsAgreement
{
    private const string Rule = "completeness.contents-table";

    /// <summary>The recognised tables after the contents page (a contents line read as a title is none).</summary>
    public static IReadOnlyList<(RawTable Table, TableKind Kind)> BodyTables(DisclosureText text,
        IReadOnlyList<ReadTable> tables)
    {
        var lastEntry = ContentsPage.Entries(text).Select(e => e.Line).DefaultIfEmpty(0).Max();
        return tables.Where(t => t.Kind is not null && t.Table.TitleLine > lastEntry)
            .Select(t => (t.Table, Kind: t.Kind!.Value)).ToList();
    }

    public static IEnumerable<Finding> Check(DisclosureText text, IReadOnlyList<ReadTable> tables,
        IReadOnlyList<(RawTable Table, TableKind Kind)> body)
    {
        var entries = ContentsPage.Entries(text).ToList();
        var listed = TableEntries(entries).ToList();
        if (listed.Count == 0)
        {
            yield break;
        }

        foreach (var (entry, line, page, kind) in listed.Where(e => body.All(t => t.Kind != e.Kind)
            && !LostTitles(text, tables, entries[^1].Line)))
        {
            yield return CompletenessChecks.Of(Rule, "目录", line, $"{entry} printed in the body",
                $"no {TableKindNames.Of(kind)} after the contents (contents page {page})");
        }

        foreach (var (table, kind) in body.Where(t => NationalTables.Listed.Contains(t.Kind)
            && listed.All(e => e.Kind != t.Kind) && !entries.Any(e => Alike(e.Normal, t.Table.Title))))
        {
            yield return CompletenessChecks.Of(Rule, table.Title, table.TitleLine, $"{table.Title} in the contents",
                $"not listed there (table on page {table.TitlePage})");
        }
    }

    /// <summary>
    /// A unit line ("金额单位：万元") outside every table: a table whose title and rows the text lost (seed 002 prints
    /// only the unit lines and notes of its 收入决算表 and 支出决算表). Such a text cannot tell a table the document
    /// omitted from one the extraction lost, so the contents are not held against it.
    /// </summary>
    private static bool LostTitles(DisclosureText text, IReadOnlyList<ReadTable> tables, int lastEntry) =>
        text.Lines.Any(l => l.Number > lastEntry && UnitLine().IsMatch(string.Concat(l.NonEmptyCells))
            && !tables.Any(t => t.Table.TitleLine < l.Number && l.Number < End(t.Table)));

    private static int End(RawTable table) => table.Lines.Count > 0 ? table.Lines[^1].Number : table.TitleLine + 1;

    [GeneratedRegex(@"^(金额)?单位[：:]")]
    private static partial Regex UnitLine();

    /// <summary>The contents entries that name a table (not a part, nor a section of the notes).</summary>
    private static IEnumerable<(string Entry, int Line, int Page, TableKind Kind)> TableEntries(
        IEnumerable<(string Entry, string Normal, int Line, int Page)> entries)
    {
        foreach (var (entry, _, line, page) in entries)
        {
            if (!entry.StartsWith('第') && !entry.Contains("说明", StringComparison.Ordinal)
                && TableRecognizer.Recognize(entry) is { } kind)
            {
                yield return (entry, line, page, kind);
            }
        }
    }

    /// <summary>
    /// A contents entry and a title that word one table alike, the recogniser aside: "一般公共预算基本支出表" and
    /// "2026年一般公共预算基本支出情况表".
    /// </summary>
    private static bool Alike(string entry, string title)
    {
        static string Loose(string s) => TableTitles.Core(s.Replace(" ", "", StringComparison.Ordinal))
            .Replace("情况", "", StringComparison.Ordinal).Replace("总体", "", StringComparison.Ordinal);
        return Loose(entry) == Loose(title);
    }
}
