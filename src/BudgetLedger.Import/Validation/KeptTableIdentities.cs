using BudgetLedger.Import.Tables;
using BudgetLedger.Import.Validation.Kept;

namespace BudgetLedger.Import.Validation;

/// <summary>
/// The identities a table kept as printed shows by its own structure: 合计 = Σ 类 rows, a 类 row = Σ its 款 rows, a
/// 款 row = Σ its 项 rows (figure by figure, only where every row of the sum prints the same number of figures, so
/// each figure is in the same column), and a row's total = Σ its parts where the header names only those. A table
/// with a row the check cannot place, a code printed twice or a child without its parent is not checked.
/// </summary>
public static class KeptTableIdentities
{
    public static IEnumerable<Finding> Check(IEnumerable<ReadTable> tables) =>
        tables.Where(t => !t.Interpreted).SelectMany(t => Check(t.Table));

    private static IEnumerable<Finding> Check(RawTable table)
    {
        var rows = new List<KeptRow>();
        var header = new List<string>();
        foreach (var line in table.Lines)
        {
            var row = KeptRow.Of(line, out var invalid);
            if (invalid)
            {
                return [];
            }

            if (row is not null)
            {
                rows.Add(row);
            }
            else if (rows.Count == 0)
            {
                header.Add(line.Text.Replace('\t', ' '));
            }
        }

        if (rows.FirstOrDefault() is { IsTotal: false } && header.Count > 0 && !KeptHeader.Names(header[^1]))
        {
            header.RemoveAt(header.Count - 1); // the first part of the first row's name, printed over two lines
        }

        var coded = rows.Where(r => !r.IsTotal).ToList();
        if (coded.Count == 0 || rows.Count(r => r.IsTotal) > 1 || coded.Select(r => r.Code).Distinct().Count()
            < coded.Count || coded.Any(r => r.Code!.Length > 3 && !coded.Any(p => p.Code == r.Code[..^2])))
        {
            return [];
        }

        var sums = coded.Select(p => (p, Children: coded.Where(c => c.Code!.Length == p.Code!.Length + 2
            && c.Code.StartsWith(p.Code, StringComparison.Ordinal)).ToList()))
            .Where(s => s.Children.Count > 0).ToList();
        if (rows.FirstOrDefault(r => r.IsTotal) is { } total)
        {
            sums.Insert(0, (total, coded.Where(c => c.Code!.Length == 3).ToList()));
        }

        var findings = sums.SelectMany(s => Sum(table.Title, s.p, s.Children)).ToList();
        if (KeptHeader.PartsExplicit(header))
        {
            findings.AddRange(rows.Where(r => r.Figures.Count >= 2).Select(r => Identity.Check(table.Title, r.Line,
                $"{r.Label}: 合计 = Σ its parts", r.Figures[0], r.Figures.Skip(1).ToList())).OfType<Finding>());
        }

        return findings.OrderBy(f => f.Line);
    }

    private static IEnumerable<Finding> Sum(string title, KeptRow parent, List<KeptRow> children)
    {
        var count = parent.Figures.Count;
        if (children.Any(c => c.Figures.Count != count))
        {
            yield break;
        }

        var what = parent.IsTotal ? "合计 = Σ 类 rows" : $"{parent.Code} = Σ its children";
        for (var i = 0; i < count; i++)
        {
            if (Identity.Check(title, parent.Line, $"{what}, figure {i + 1}", parent.Figures[i],
                children.Select(c => c.Figures[i]).ToList()) is { } f)
            {
                yield return f;
            }
        }
    }
}
