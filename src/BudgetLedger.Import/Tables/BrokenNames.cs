using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Tables;

/// <summary>
/// Joins class names a laid-out table broke over lines. A name too long for its cell is printed centred on its
/// row: part above the line with the code and figures, part below (and, when the code line holds none of it, the
/// parts are all there is). Lines holding only such parts, under a name column (the column right of a class code
/// column), are folded into the row they belong to: parts above a code row are its own, and a row takes as many
/// parts below as it had above. Spaces a PDF put between the letters of a name ("行 政 事 业") are dropped.
/// </summary>
public static partial class BrokenNames
{
    public static RawTable Join(RawTable table)
    {
        var lines = table.Lines.ToList();
        var first = lines.FindIndex(TableGrid.IsBody);
        var codes = CodeBlocks.CodeColumns(lines);
        if (first < 0 || codes.Count == 0)
        {
            return table;
        }

        var names = codes.Select(c => c + 1).ToHashSet();
        while (first > 0 && IsPart(lines[first - 1], names) && !lines[first - 1].Cells.Any(HeaderWord().IsMatch))
        {
            first--; // the first row's name starts above it
        }

        var parts = new Dictionary<(int Line, int Column), (List<string> Above, List<string> Below)>();
        var folded = new HashSet<int>();
        foreach (var code in codes)
        {
            Fold(lines, first, code, names, parts, folded);
        }

        if (folded.Count == 0)
        {
            return table;
        }

        var joined = new List<TextLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!folded.Contains(i))
            {
                joined.Add(WithNames(lines[i], i, parts));
            }
        }

        return table with { Lines = joined };
    }

    private static void Fold(List<TextLine> lines, int first, int code, HashSet<int> names,
        Dictionary<(int, int), (List<string> Above, List<string> Below)> parts, HashSet<int> folded)
    {
        var name = code + 1;
        var pending = new List<int>();
        int? owner = null;
        var owed = 0;
        void Settle(int? next)
        {
            var below = owner is null ? 0 : next is null ? pending.Count : Math.Min(owed, pending.Count);
            Add(owner, pending.Take(below), above: false);
            var above = next is null ? [] : pending.Skip(below).ToList();
            Add(next, above, above: true);
            (owner, owed) = (next, above.Count);
            pending.Clear();
        }

        void Add(int? row, IEnumerable<int> take, bool above)
        {
            foreach (var i in take.Where(_ => row is not null))
            {
                var entry = parts.TryGetValue((row!.Value, name), out var e) ? e : ([], []);
                (above ? entry.Above : entry.Below).Add(lines[i][name]);
                parts[(row.Value, name)] = entry;
                folded.Add(i);
            }
        }

        for (var i = first; i < lines.Count; i++)
        {
            if (IsPart(lines[i], names))
            {
                if (lines[i][name].Length > 0)
                {
                    pending.Add(i);
                }

                continue;
            }

            var isRow = CodeBlocks.IsCode(lines[i][code]);
            if (isRow || lines[i][code].Length > 0 || lines[i][name].Length > 0)
            {
                Settle(isRow ? i : null);
            }
        }

        Settle(null);
    }

    private static TextLine WithNames(TextLine line, int index,
        Dictionary<(int, int), (List<string> Above, List<string> Below)> parts)
    {
        var cells = line.Cells.ToList();
        foreach (var ((row, column), (above, below)) in parts.Where(p => p.Key.Item1 == index))
        {
            while (cells.Count <= column)
            {
                cells.Add("");
            }

            cells[column] = Unspaced(string.Concat(above.Append(cells[column]).Concat(below)));
        }

        return line with { Cells = cells };
    }

    /// <summary>A line with no figure or code whose cells all sit in name columns.</summary>
    private static bool IsPart(TextLine line, HashSet<int> names) =>
        !TableGrid.IsBody(line) && line.Cells.Select((c, i) => (c, i)).All(x => x.c.Length == 0 || names.Contains(x.i))
        && line.Cells.Any(c => c.Length > 0);

    private static string Unspaced(string name) => LetterSpacing().Replace(name, "");

    [GeneratedRegex(@"^(科目名称|项目|科目|名称|功能分类|经济分类|科目编码|类|款|项|合计)$")]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"(?<=[\u3400-\u9fff（）])\s+(?=[\u3400-\u9fff（）])")]
    private static partial Regex LetterSpacing();
}
