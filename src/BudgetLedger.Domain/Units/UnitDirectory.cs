using BudgetLedger.Domain.Events;

namespace BudgetLedger.Domain.Units;

/// <summary>
/// The units the ledger knows, folded from its events in log order (no I/O): each unit's identity, the names and
/// codes it was known by, its first year, the unit a rename names as its successor, and its project aliases; with the
/// documents and every event's units (what a correction reverses). Units are looked up by code, id or name.
/// </summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<UnitId, KnownUnit> _units = [];
    private readonly Dictionary<string, DocumentImported> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (string Type, IReadOnlyList<UnitId> Units)> _events = [];

    public IReadOnlyCollection<KnownUnit> Units => _units.Values;

    /// <summary>The directory of a log, read as events in log order.</summary>
    public static async Task<UnitDirectory> Of(IAsyncEnumerable<LoggedEvent> log)
    {
        var directory = new UnitDirectory();
        await foreach (var e in log)
        {
            directory.Apply(e.EventId, e.Type, e.Event);
        }

        return directory;
    }

    public void Apply(Guid eventId, string type, IBudgetEvent e)
    {
        _events[eventId] = (type, e is IUnitEvent u ? u.ConcernedUnits() : []);
        switch (e)
        {
            case DocumentImported d:
                _documents.TryAdd(d.FileName, d);
                _documents.TryAdd(d.DocumentSha256, d);
                Know(d.UnitId, d.UnitName, d.UnitCode, d.FiscalYear.Value);
                break;
            case UnitRegistered r:
                Know(r.UnitId, r.Name, r.Code, r.FiscalYear.Value);
                break;
            case UnitRenamed r:
                Renamed(r);
                break;
            case ProjectAliasRecorded a when _units.TryGetValue(a.UnitId, out var unit):
                _units[a.UnitId] =
                    unit with { Aliases = [.. unit.Aliases, new ProjectAlias(a.ProjectName, a.Aliases)] };
                break;
        }
    }

    private void Renamed(UnitRenamed r)
    {
        if (!_units.TryGetValue(r.UnitId, out var before) || r.SuccessorId is not { } successor
            || !_units.TryGetValue(successor, out var after))
        {
            return;
        }

        // One body: the successor existed as long as its predecessor did.
        _units[r.UnitId] = before with { Successor = successor };
        _units[successor] = after with { FirstYear = Math.Min(before.FirstYear, after.FirstYear) };
        after.Names.UnionWith(before.Names);
    }

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
        var wanted = UnitNameKey.Of(reference);
        var matches = _units.Values.Where(u => u.Id.Value == reference || u.Code == reference
            || u.Names.Any(n => UnitNameKey.Of(n) == wanted)).ToList();
        if (matches.Count == 0)
        {
            matches = _units.Values.Where(u => u.Names.Any(n => UnitNameKey.Of(n).Contains(wanted,
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

/// <summary>
/// A unit as the ledger knows it: its first name and code (a later document's code when it gave one), the year it
/// first appears, every name it was known by, the unit a rename made it, and its recorded project aliases.
/// </summary>
public sealed record KnownUnit(UnitId Id, string Name, string? Code, int FirstYear, HashSet<string> Names)
{
    public UnitId? Successor { get; init; }

    public IReadOnlyList<ProjectAlias> Aliases { get; init; } = [];
}

/// <summary>Recorded by hand: these names are one project of the unit.</summary>
public sealed record ProjectAlias(string Project, IReadOnlyList<string> Aliases);
