using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>Changes that are not tables: renames, transfers, adjustments, stated reasons, corrections.</summary>
public static partial class UnitViewProjection
{
    private static UnitView Renamed(UnitView view, UnitRenamed r, Guid eventId)
    {
        var successor = (r.SuccessorId ?? r.UnitId).Value;
        var lineage = view.Lineage.Add(new(eventId, r.UnitId.Value, successor, r.FiscalYear.Value, r.OldName,
            r.NewName));
        return view.UnitId == successor
            ? view with { Name = r.NewName, Code = r.NewCode ?? view.Code, Lineage = lineage }
            : view with { Lineage = lineage };
    }

    private static YearView Stated(YearView y, VarianceReasonStated v) => y with
    {
        StatedReasons = y.StatedReasons.Add(new(v.SubjectKind, v.Subject, v.Kind,
            v.Direction == VarianceDirection.Increase ? Wan(v.Amount) : -Wan(v.Amount), WanOrNull(v.ImpliedPriorYear),
            v.Text)),
    };

    private static YearView Transferred(YearView y, string unitId, FunctionTransferred t, Guid eventId)
    {
        var incoming = t.ToUnit.Value == unitId;
        var lines = t.Lines.Select(l => new TransferLineFigure(l.Name, l.FunctionalClass?.Code.Value, Wan(l.Amount)));
        return y with { Transfers = y.Transfers.Add(new(eventId, incoming ? TransferDirection.In
            : TransferDirection.Out, incoming ? t.FromUnit.Value : t.ToUnit.Value, t.Function, lines.ToList(),
            t.BasisDocument)) };
    }

    private static YearView Adjusted(YearView y, BudgetAdjusted a, Guid eventId) => y with
    {
        Adjustments = y.Adjustments.Add(new(eventId, a.FunctionalClass.Code.Value, a.FunctionalClass.Name, a.Kind,
            a.Kind == AdjustmentKind.Supplement ? Wan(a.Amount) : -Wan(a.Amount), a.Reason)),
    };

    /// <summary>A correction takes a recorded figure out; the reversed event stays in the log.</summary>
    private static UnitView Reversed(UnitView view, Guid id) => view with
    {
        Lineage = view.Lineage.RemoveAll(l => l.EventId == id),
        Aliases = view.Aliases.RemoveAll(a => a.EventId == id),
        Years = view.Years.Any(y => y.Value.Transfers.Any(t => t.EventId == id)
            || y.Value.Adjustments.Any(a => a.EventId == id))
            ? view.Years.SetItems(view.Years.Select(y => KeyValuePair.Create(y.Key,
                y.Value with { Transfers = y.Value.Transfers.RemoveAll(t => t.EventId == id),
                Adjustments = y.Value.Adjustments.RemoveAll(a => a.EventId == id) })))
            : view.Years,
    };
}
