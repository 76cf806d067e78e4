using System.Globalization;
using System.Text;

namespace BudgetLedger.Cli.Output;

/// <summary>Left-aligned text columns, widths from the widest cell (CJK characters count double).</summary>
public static class TableWriter
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { headers };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, headers.Count).Select(i => all.Max(r => DisplayWidth(r[i]))).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Count; i++)
            {
                line.Append(row[i]);
                if (i < row.Count - 1)
                {
                    line.Append(' ', widths[i] - DisplayWidth(row[i]) + 2);
                }
            }

            output.WriteLine(line.ToString());
        }
    }

    private static int DisplayWidth(string text) =>
        text.Sum(c => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u1100' ? 2 : 1);
}
