using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Tables;

/// <summary>
/// Class codes a laid-out table printed apart from their row: a code alone on the line above its name and figures
/// ("30299" / "其他商品和服务支出  0.20") is moved onto that line, and a code glued to its name in the name column
/// ("310资本性支出") is split into its own column.
/// </summary>
public static partial class LooseCodes
{
    public static RawTable Place(RawTable table)
    {
        var codes = CodeBlocks.CodeColumns(table.Lines);
        if (codes.Count == 0)
        {
            return table;
        }

        var lines = table.Lines.Select(l => Split(l, codes)).ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var alone = codes.Where(c => CodeBlocks.IsCode(lines[i][c])).ToList();
            if (alone.Count == 0 || lines[i].Cells.Where((x, c) => x.Length > 0 && !alone.Contains(c)).Any()
                || !alone.All(c => lines[i + 1][c].Length == 0 && lines[i + 1][c + 1].Length > 0))
            {
                continue;
            }

            var cells = Widened(lines[i + 1], alone.Max() + 1);
            alone.ForEach(c => cells[c] = lines[i][c]);
            lines[i + 1] = lines[i + 1] with { Cells = cells };
            lines.RemoveAt(i);
        }

        return table with { Lines = lines };
    }

    private static TextLine Split(TextLine line, List<int> codes)
    {
        var glued = codes.Where(c => line[c].Length == 0 && Glued().IsMatch(line[c + 1])).ToList();
        if (glued.Count == 0)
        {
            return line;
        }

        var cells = Widened(line, glued.Max() + 2);
        foreach (var c in glued)
        {
            var m = Glued().Match(cells[c + 1]);
            (cells[c], cells[c + 1]) = (m.Groups[1].Value, m.Groups[2].Value);
        }

        return line with { Cells = cells };
    }

    private static List<string> Widened(TextLine line, int width)
    {
        var cells = line.Cells.ToList();
        while (cells.Count < width)
        {
            cells.Add("");
        }

        return cells;
    }

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})([\u3400-\u9fff].*)$")]
    private static partial Regex Glued();
}
