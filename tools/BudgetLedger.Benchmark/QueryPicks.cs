using System.Collections.Immutable;
using System.Globalization;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;

namespace BudgetLedger.Benchmark;

/// <summary>
/// Random queries over what the read models hold: a unit, two of its years, one of its projects or lines.
/// </summary>
public sealed class QueryPicks
{
    private readonly Random _random;
    private readonly List<UnitView> _units;

    private QueryPicks(List<UnitView> units, Random random) => (_units, _random) = (units, random);

    public static QueryPicks From(string readModelsPath, Random random)
    {
        using var store = SqliteReadModels.Open(readModelsPath);
        var units = store.UnitNames().Select(u => store.Unit(u.UnitId)!).Where(u => u.Years.Count >= 2)
            .Select(Slim).ToList();
        return new QueryPicks(units, random);
    }

    /// <summary>Only what picking needs: the years with their projects and lines.</summary>
    private static UnitView Slim(UnitView unit) => unit with
    {
        Years = unit.Years.ToImmutableSortedDictionary(y => y.Key, y => new YearView
        {
            Projects = y.Value.Projects, Appropriations = y.Value.Appropriations, Executions = y.Value.Executions,
        }),
    };

    public IEnumerable<(string Name, Func<string[]> Make)> Kinds() =>
    [
        ("trace --project", TraceProject),
        ("trace --line", TraceLine),
        ("variance", Variance),
        ("report", Report),
        ("status", () => ["status"]),
    ];

    private UnitView Unit() => _units[_random.Next(_units.Count)];

    private string[] TraceProject()
    {
        var unit = Pick(_units.Where(u => u.Years.Values.Any(y => y.Projects.Count > 0)).ToList());
        var project = Pick(unit.Years.Values.SelectMany(y => y.Projects).Select(p => p.Name).Distinct().ToList());
        var (from, to) = Span(unit);
        return ["trace", "--project", project, "--unit", unit.UnitId, "--from", Year(from), "--to", Year(to)];
    }

    private string[] TraceLine()
    {
        var unit = Pick(_units.Where(u => u.Years.Values.Any(y => y.Appropriations.Count > 0)).ToList());
        var code = Pick(unit.Years.Values.SelectMany(y => y.Appropriations).Select(a => a.Code).Distinct().ToList());
        var (from, to) = Span(unit);
        return ["trace", "--line", code[..Math.Min(code.Length, 3 + 2 * _random.Next(3))], "--unit", unit.UnitId,
            "--from", Year(from), "--to", Year(to)];
    }

    private string[] Variance()
    {
        var unit = Unit();
        var (from, to) = Span(unit);
        return ["variance", "--unit", unit.UnitId, "--from", Year(from), "--to", Year(to)];
    }

    private string[] Report()
    {
        var unit = Unit();
        var year = Pick(unit.Years.Keys.ToList());
        var kind = unit.Years[year].Appropriations.Count > 0 ? "budget" : "final-accounts";
        return ["report", kind, "--unit", unit.UnitId, "--year", Year(year)];
    }

    private (int From, int To) Span(UnitView unit)
    {
        var years = unit.Years.Keys.ToList();
        var a = _random.Next(years.Count - 1);
        return (years[a], years[a + 1 + _random.Next(years.Count - a - 1)]);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
