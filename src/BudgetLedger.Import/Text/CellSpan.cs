namespace BudgetLedger.Import.Text;

/// <summary>
/// Where a cell sits on its line, from its first letter's left edge to its last letter's right edge: in points for
/// a PDF, in character columns for space-aligned text. Only laid-out text has them.
/// </summary>
public readonly record struct CellSpan(double Start, double End)
{
    public double Overlap(CellSpan other) => Math.Min(End, other.End) - Math.Max(Start, other.Start);

    public double Distance(CellSpan other) => Math.Max(0, Math.Max(Start - other.End, other.Start - End));
}
