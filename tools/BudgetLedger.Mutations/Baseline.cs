using System.Text;
using System.Text.RegularExpressions;
using BudgetLedger.Import;
using BudgetLedger.Import.Documents;
using BudgetLedger.Import.Text;

namespace BudgetLedger.Mutations;

/// <summary>
/// A text disclosure (tab-separated, space-aligned or page text) as it imports unchanged: its lines, its findings and
/// 尾差 warnings, and where the figures of its interpreted tables sit in its lines.
/// </summary>
public sealed partial record Baseline(string Name, string[] Lines, int Findings, IReadOnlySet<string> Warnings,
    IReadOnlyList<(int Line, int At, int Length)> Figures)
{
    public static Baseline? Of(string name, byte[] bytes) => Of(name, bytes, FigurePlace.Interpreted);

    /// <param name="places">where the figures to change may be: interpreted tables, tables kept as is, notes</param>
    public static Baseline? Of(string name, byte[] bytes, FigurePlace places)
    {
        try
        {
            var text = DisclosureText.Decode(name, bytes);
            if (text.EncodingName == "PDF")
            {
                return null; // a PDF's figures cannot be edited in place here
            }

            var importer = new DisclosureImporter();
            var document = importer.Read(name, bytes, text);
            var tables = importer.Tables(name, text);
            var interpreted = tables.Where(t => t.Interpreted).SelectMany(t => t.Table.Lines.Select(l => l.Number))
                .ToHashSet();
            var kept = tables.Where(t => !t.Interpreted).SelectMany(t => t.Table.Lines.Select(l => l.Number))
                .ToHashSet();
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            var chosen = Enumerable.Range(1, lines.Length).Where(n => interpreted.Contains(n)
                ? places.HasFlag(FigurePlace.Interpreted) : kept.Contains(n) ? places.HasFlag(FigurePlace.Kept)
                : places.HasFlag(FigurePlace.Notes));
            var figures = chosen.SelectMany(n => Figure().Matches(lines[n - 1])
                .Select(m => (n, m.Index, m.Length))).ToList();
            return figures.Count == 0 ? null
                : new Baseline(name, lines, document.Inconsistencies.Count(), WarningsOf(document), figures);
        }
        catch (ImportException)
        {
            return null;
        }
    }

    public Outcome Judge(string text)
    {
        try
        {
            var document = new DisclosureImporter().Read(Name, Encoding.UTF8.GetBytes(text));
            return document.Inconsistencies.Count() > Findings ? Outcome.Finding
                : !WarningsOf(document).SetEquals(Warnings) ? Outcome.RoundingDifference
                : Outcome.Silent;
        }
        catch (ImportException)
        {
            return Outcome.Refused;
        }
    }

    /// <summary>The 尾差 warnings as import prints them: a warning with other figures is a visible change.</summary>
    private static HashSet<string> WarningsOf(ImportedDocument document) =>
        document.Warnings.Select(w => w.ToString()).ToHashSet(StringComparer.Ordinal);

    /// <summary>An amount as printed ("1,762.94", "0.09"), standing alone: codes, counts, dates are not changed.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.,%-])-?\d{1,3}(,\d{3})*\.\d{1,2}(?![\w.,%])|(?<![\w.,%-])-?\d+\.\d{1,2}(?![\w.,%])")]
    private static partial Regex Figure();
}
