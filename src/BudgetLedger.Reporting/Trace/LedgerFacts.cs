using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Domain.Units;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// What a trace needs to know about units and documents, read from the directory as it is asked: names by year,
/// lineage, which years each unit disclosed, document names.
/// </summary>
internal sealed class LedgerFacts(ReadModelStore store)
{
    private readonly Dictionary<string, IReadOnlyList<DirectoryFact>> _naming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _documents = new(StringComparer.Ordinal);
    private IReadOnlyList<DirectoryFact>? _renames;

    public IReadOnlyList<DirectoryFact> Renames => _renames ??= store.Directory(DirectoryFactKind.Renamed);

    /// <summary>The unit and every id its renames join it to, in the order the renames join them.</summary>
    public HashSet<string> Body(string unit) =>
        UnitLineage.Body(unit, Renames.Select(r => (r.UnitId, r.NamedUnit)).ToList());

    public string Name(string unit, int year)
    {
        var names = new SortedDictionary<int, string>();
        foreach (var fact in Naming(unit))
        {
            names[fact.Year] = fact.Kind == DirectoryFactKind.Renamed ? fact.NewName! : fact.Name;
        }

        return names.Count == 0 ? unit : names.LastOrDefault(n => n.Key <= year).Value ?? names.First().Value;
    }

    public int FirstYear(string unit) => Disclosed(unit).DefaultIfEmpty().Min();

    public List<string> Disclosing(IEnumerable<string> units, int year) =>
        units.Where(u => Disclosed(u).Contains(year)).ToList();

    public string Describe(byte[] metadata)
    {
        var p = EventSerializer.DeserializeMetadata(metadata).Provenance;
        return p.Source == Provenance.ManualSource
            ? $"记录（{p.RecordedBy}）: {Document(p.DocumentSha256)}{(p.Row is { } row ? $" 第{row}行" : "")}"
                + $"「{p.Basis}」"
            : $"{Document(p.DocumentSha256)} · {p.TableTitle} · 第{p.Row}行";
    }

    private IEnumerable<int> Disclosed(string unit) =>
        Naming(unit).Where(f => f.Kind == DirectoryFactKind.Disclosed && f.UnitId == unit).Select(f => f.Year);

    private IReadOnlyList<DirectoryFact> Naming(string unit) =>
        _naming.TryGetValue(unit, out var facts) ? facts : _naming[unit] = store.Naming(unit);

    private string Document(string? sha)
    {
        if (sha is null)
        {
            return "";
        }

        if (!_documents.TryGetValue(sha, out var name))
        {
            name = _documents[sha] = store.DocumentFileName(sha);
        }

        return name ?? sha[..12];
    }
}
