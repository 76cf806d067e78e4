using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Import.Records;

/// <summary>
/// What a record is checked against: the units the ledger knows (names, codes, first year), its documents and its event
/// ids.
/// </summary>
public sealed class LedgerDirectory
{
    private readonly Dictionary<UnitId, KnownUnit> _units = [];
    private readonly Dictionary<string, DocumentImported> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (string Type, IReadOnlyList<UnitId> Units)> _events = [];

    public sealed record KnownUnit(UnitId Id, string Name, string? Code, int FirstYear, HashSet<string> Names);

    public IReadOnlyCollection<KnownUnit> Units => _units.Values;

    /// <summary>The directory of a log, read as events (in log order).</summary>
    public static async Task<LedgerDirectory> Read(IAsyncEnumerable<LoggedEvent> log)
    {
        var directory = new LedgerDirectory();
        await foreach (var (_, id, type, _, e, _) in log)
        {
            directory._events[id] = (type, UnitsOf(e));
            switch (e)
            {
                case DocumentImported d:
                    directory._documents.TryAdd(d.FileName, d);
                    directory._documents.TryAdd(d.DocumentSha256, d);
                    directory.Know(d.UnitId, d.UnitName, d.UnitCode, d.FiscalYear.Value);
                    break;
                case UnitRegistered r:
                    directory.Know(r.UnitId, r.Name, r.Code, r.FiscalYear.Value);
                    break;
                case UnitRenamed r when r.SuccessorId is { } successor
                    && directory._units.TryGetValue(r.UnitId, out var before)
                    && directory._units.TryGetValue(successor, out var after):
                    // One body: the successor existed as long as its predecessor did.
                    directory._units[successor] = after with { FirstYear = Math.Min(before.FirstYear,
                        after.FirstYear) };
                    after.Names.UnionWith(before.Names);
                    break;
            }
        }

        return directory;
    }

    private static IReadOnlyList<UnitId> UnitsOf(IBudgetEvent e) => e is IUnitEvent u ? u.ConcernedUnits() : [];

    private void Know(UnitId id, string name, string? code, int year)
    {
        if (_units.TryGetValue(id, out var known))
        {
            known.Names.Add(name);
            _units[id] = known with { FirstYear = Math.Min(known.FirstYear, year), Code = code ?? known.Code };
        }
        else
        {
            _units[id] = new KnownUnit(id, name, code, year, [name]);
        }
    }

    /// <summary>
    /// A unit by its code (209105), ledger id (unit-209105) or a name it was known by; null with the reason when none
    /// or several match.
    /// </summary>
    public (KnownUnit? Unit, string? Error) Resolve(string reference)
    {
        var wanted = UnitIdentity.Normalize(reference);
        var matches = _units.Values.Where(u => u.Id.Value == reference || u.Code == reference
            || u.Names.Any(n => UnitIdentity.Normalize(n) == wanted)).ToList();
        if (matches.Count == 0)
        {
            matches = _units.Values.Where(u => u.Names.Any(n => UnitIdentity.Normalize(n).Contains(wanted,
                StringComparison.Ordinal))).ToList();
        }

        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"no unit '{reference}' in the ledger (units: "
                + $"{string.Join("; ", _units.Values.Select(u => $"{u.Code ?? u.Id.Value} {u.Name}"))})"),
            _ => (null, $"'{reference}' matches {matches.Count} units: "
                + $"{string.Join("; ", matches.Select(u => $"{u.Code ?? u.Id.Value} {u.Name}"))}"),
        };
    }

    public DocumentImported? Document(string fileNameOrSha256) => _documents.GetValueOrDefault(fileNameOrSha256);

    public (string Type, IReadOnlyList<UnitId> Units)? Event(Guid id) => _events.TryGetValue(id, out var e) ? e : null;
}
