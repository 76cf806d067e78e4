using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// Follows a project (by a normalised name or a recorded alias) or a functional-class line through the read models'
/// trace facts: across a unit's renames and into the units a transfer moved it to. Years without a disclosure say so;
/// a later document's statement about such a year gives a figure marked derived.
/// </summary>
public static class TraceAnalysis
{
    public static TraceView Project(ReadModelStore store, string project, string? unitId, int from, int to) =>
        new ProjectTrace(store, project).Build(unitId, from, to);

    public static TraceView Line(ReadModelStore store, string code, string unitId, int from, int to) =>
        new LineTrace(store).Build(code, unitId, from, to);
}
