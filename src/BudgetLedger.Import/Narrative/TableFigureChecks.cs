namespace BudgetLedger.Import.Narrative;

/// <summary>
/// Each stated figure whose subject maps to one table figure, compared: equal when the table's figure rounds to
/// the printed one; within the half-units of both a 尾差; beyond, a finding.
/// </summary>
public static class TableFigureChecks
{
    public static IEnumerable<Finding> Check(Prose prose, IReadOnlyList<StatedFigure> figures,
        IReadOnlyList<IBudgetEvent> events, DocumentKind kind)
    {
        var tables = new TableFigures(events, kind);
        foreach (var figure in figures)
        {
            if (tables.For(figure.Subject) is not { } table
                || Math.Round(table.Value, figure.Decimals, MidpointRounding.AwayFromZero) == figure.Value)
            {
                continue;
            }

            var difference = figure.Value - table.Value;
            yield return new Finding(Math.Abs(difference) <= figure.HalfUnit + table.Tolerance
                    ? FindingSeverity.RoundingDifference : FindingSeverity.Inconsistency, "情况说明",
                prose.LineAt(figure.Offset), $"the notes' {figure.Subject} against {table.Description}",
                Identity.Text(table.Value), Identity.Text(figure.Value), difference) { RuleId = table.RuleId };
        }
    }
}
