using BudgetLedger.Domain.Events;

namespace BudgetLedger.Reporting.Trace;

/// <summary>What a trace needs to know about units and documents: names by year, lineage, which years each unit disclosed, document names.</summary>
internal sealed class LedgerFacts
{
    private readonly Dictionary<string, SortedDictionary<int, string>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _disclosed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly List<(string Predecessor, string Successor)> _links = [];

    public LedgerFacts(IEnumerable<TracedEvent> log)
    {
        foreach (var e in log.Select(t => t.Event))
        {
            switch (e)
            {
                case DocumentImported d:
                    Named(d.UnitId.Value, d.FiscalYear.Value, d.UnitName);
                    (_disclosed.TryGetValue(d.UnitId.Value, out var years) ? years : _disclosed[d.UnitId.Value] = []).Add(d.FiscalYear.Value);
                    _documents[d.DocumentSha256] = d.FileName;
                    break;
                case UnitRenamed r:
                    _links.Add((r.UnitId.Value, (r.SuccessorId ?? r.UnitId).Value));
                    Named((r.SuccessorId ?? r.UnitId).Value, r.FiscalYear.Value, r.NewName);
                    break;
            }
        }
    }

    private void Named(string unit, int year, string name) =>
        (_names.TryGetValue(unit, out var names) ? names : _names[unit] = [])[year] = name;

    /// <summary>The unit and every id its renames join it to.</summary>
    public HashSet<string> Body(string unit)
    {
        var body = new HashSet<string>([unit], StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (a, b) in _links.Where(l => body.Contains(l.Predecessor) != body.Contains(l.Successor)))
            {
                grew |= body.Add(a) | body.Add(b);
            }
        }

        return body;
    }

    public string Name(string unit, int year) =>
        _names.TryGetValue(unit, out var names) ? names.LastOrDefault(n => n.Key <= year).Value ?? names.First().Value : unit;

    public int FirstYear(string unit) => _disclosed.TryGetValue(unit, out var years) ? years.Min() : 0;

    public List<string> Disclosing(IEnumerable<string> units, int year) =>
        units.Where(u => _disclosed.TryGetValue(u, out var years) && years.Contains(year)).ToList();

    public string Describe(Provenance p) => p.Source == Provenance.ManualSource
        ? $"记录（{p.RecordedBy}）: {Document(p.DocumentSha256)}{(p.Row is { } row ? $" 第{row}行" : "")}「{p.Basis}」"
        : $"{Document(p.DocumentSha256)} · {p.TableTitle} · 第{p.Row}行";

    private string Document(string? sha) => sha is null ? "" : _documents.GetValueOrDefault(sha, sha[..12]);
}
