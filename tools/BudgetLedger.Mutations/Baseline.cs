using System.Text;
using BudgetLedger.Domain.Events;
using BudgetLedger.Import;

namespace BudgetLedger.Mutations;

/// <summary>
/// A document as it imports unchanged: its lines, its findings and 尾差 warnings, and the figure cells of its recognised
/// tables.
/// </summary>
public sealed record Baseline(string Name, string[] Lines, int Findings, int Warnings, IReadOnlyList<(int Line,
    int Cell)> Figures)
{
    public static Baseline? Of(string name, byte[] bytes)
    {
        try
        {
            var document = new DisclosureImporter().Read(name, bytes);
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            var figures = document.Events.Select(e => e.Event).OfType<TablePublished>().Where(t => t.Kind is not null)
                .SelectMany(t => t.Rows).SelectMany(r => r.Cells.Select((c, i) => (r.Line, Cell: i, Text: c)))
                .Where(c => IsFigure(c.Text)).Select(c => (c.Line, c.Cell)).ToList();
            return new Baseline(name, lines, document.Inconsistencies.Count(), document.Warnings.Count(), figures);
        }
        catch (ImportException)
        {
            return null;
        }
    }

    /// <summary>An amount as printed ("1,762.94", "0.09"): codes, counts and dates are not changed here.</summary>
    public static bool IsFigure(string cell) =>
        cell.Contains('.', StringComparison.Ordinal) && cell.Any(char.IsAsciiDigit)
            && cell.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-');

    public Outcome Judge(string text)
    {
        try
        {
            var document = new DisclosureImporter().Read(Name, Encoding.UTF8.GetBytes(text));
            return document.Inconsistencies.Count() > Findings ? Outcome.Finding
                : document.Warnings.Count() != Warnings ? Outcome.RoundingDifference
                : Outcome.Silent;
        }
        catch (ImportException)
        {
            return Outcome.Refused;
        }
    }
}
