using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Variance;

/// <summary>One body across renames: every unit id its lineage joins, and the views of each.</summary>
public sealed class UnitBody
{
    private UnitBody(IReadOnlyList<UnitView> views) => Views = views;

    /// <summary>Oldest first, as the lineage orders them.</summary>
    public IReadOnlyList<UnitView> Views { get; }

    public IEnumerable<string> Ids => Views.Select(v => v.UnitId);

    public UnitView Latest => Views[^1];

    public IEnumerable<LineageFigure> Lineage =>
        Views.SelectMany(v => v.Lineage).DistinctBy(l => l.EventId).OrderBy(l => l.Year);

    public IEnumerable<AliasFigure> Aliases => Views.SelectMany(v => v.Aliases).DistinctBy(a => a.EventId);

    public static UnitBody Of(string unitId, Func<string, UnitView?> load)
    {
        var found = new Dictionary<string, UnitView>(StringComparer.Ordinal);
        var pending = new Queue<string>([unitId]);
        while (pending.TryDequeue(out var id))
        {
            if (found.ContainsKey(id) || load(id) is not { } view)
            {
                continue;
            }

            found[id] = view;
            foreach (var link in view.Lineage)
            {
                pending.Enqueue(link.Predecessor);
                pending.Enqueue(link.Successor);
            }
        }

        var successors = found.Values.SelectMany(v => v.Lineage).Where(l => l.Predecessor != l.Successor).ToList();
        var ordered = found.Values.OrderBy(v => successors.Count(l => l.Successor == v.UnitId))
            .ThenBy(v => v.Years.Keys.DefaultIfEmpty().Min()).ToList();
        return new UnitBody(ordered);
    }

    /// <summary>The body's year: the view that holds a disclosure for it, if any.</summary>
    public (UnitView Unit, YearView Year)? Disclosed(int year) =>
        Views.Where(v => v.Years.TryGetValue(year, out var y) && y.Documents.Count > 0)
            .Select(v => (v, v.Years[year])).Cast<(UnitView, YearView)?>().LastOrDefault();

    /// <summary>What the body's ids hold for a year, disclosed or not (transfers, reasons recorded by hand).</summary>
    public IEnumerable<(UnitView Unit, YearView Year)> All(int year) =>
        Views.Where(v => v.Years.ContainsKey(year)).Select(v => (v, v.Years[year]));

    public string NameIn(int year) =>
        Lineage.LastOrDefault(l => l.Year <= year)?.NewName ?? Lineage.FirstOrDefault(l => l.Year > year)?.OldName
            ?? Latest.Name ?? Latest.UnitId;
}
