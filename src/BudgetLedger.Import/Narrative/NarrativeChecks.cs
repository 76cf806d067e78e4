namespace BudgetLedger.Import.Narrative;

/// <summary>
/// Every figure the notes (情况说明) state, against the tables of the same document and against the notes' own
/// other statements. A sentence whose subject does not map to one figure exactly is skipped, never guessed.
/// </summary>
public static class NarrativeChecks
{
    public static IEnumerable<Finding> Check(DisclosureText text, IReadOnlyList<IBudgetEvent> events,
        DocumentHeader header)
    {
        var prose = Prose.Of(text, events);
        var clauses = Clause.Split(prose.Text);
        var figures = clauses.SelectMany(c => StatedFigure.In(c, header.UnitName)).ToList();
        var changes = StatedChange.In(clauses, header.UnitName).ToList();
        var executions = StatedExecution.In(clauses, figures).ToList();
        var shares = StatedShare.In(prose.Text, clauses, figures, header.UnitName).ToList();
        var misstated = TableFigureChecks.Check(prose, figures, events, header.Kind).ToList();
        var offTable = misstated.Select(m => m.Figure).ToHashSet();
        return [.. ChangeChecks.Check(prose, figures, changes),
            .. LevelChecks.Check(prose, clauses, figures, changes, header.UnitName),
            .. ExecutionChecks.Check(prose, executions), .. ItemExecutionChecks.Check(prose, figures, executions),
            .. misstated.Select(m => m.Finding), .. BasicExpenditureParts.Check(prose, figures, offTable),
            .. ShareChecks.Check(prose, figures, shares, offTable, events)];
    }
}
