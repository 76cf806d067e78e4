using System.Collections.Immutable;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Log;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Exports;

/// <summary>
/// Reads an export's input from caught-up read models: each unit with the years in scope, and those years' tables as
/// published from the log by position.
/// </summary>
public static class ExportReader
{
    public static async Task<ExportInput> Read(IEventReader log, ReadModelStore readModels,
        IEnumerable<string> unitIds, int? year, Action<int, UnitView>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var units = new List<UnitView>();
        foreach (var id in unitIds.Order(StringComparer.Ordinal))
        {
            var unit = readModels.Unit(id) ?? throw new InvalidOperationException($"the read models hold no unit {id}");
            if (year is { } only)
            {
                unit = unit with { Years = unit.Years.Where(y => y.Key == only).ToImmutableSortedDictionary() };
            }

            foreach (var held in unit.Years.Keys)
            {
                unit = await TablesAsPublished.Read(log, readModels, unit, held, cancellationToken);
            }

            units.Add(unit);
            progress?.Invoke(units.Count, unit);
        }

        return new ExportInput(units);
    }
}
