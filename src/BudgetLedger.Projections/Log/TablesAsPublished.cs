using System.Collections.Immutable;
using BudgetLedger.Domain.Events;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Log;

/// <summary>
/// A year's tables as published, read where the read models say they are: the log's own events, by position (the
/// tables are immutable facts of the log; the read models keep only where they are).
/// </summary>
public static class TablesAsPublished
{
    public static async Task<UnitView> Read(IEventReader log, ReadModelStore readModels, UnitView unit, int year,
        CancellationToken cancellationToken = default)
    {
        var tables = ImmutableList.CreateBuilder<PublishedTableFigure>();
        foreach (var position in readModels.TablePositions(unit.UnitId, year))
        {
            var page = await log.ReadAllForwards(position <= 1 ? null : GlobalPosition.Of(position - 1), 1,
                cancellationToken);
            tables.Add(page is [var e] && e.Position.Commit == position
                && LogReader.Decode(e).Event?.Event is TablePublished t
                ? PublishedTableFigure.Of(t)
                : throw new LedgerFileException($"the read models place a table as published at log position "
                    + $"{position}, but the log holds no such event there; run `budget-ledger rebuild`"));
        }

        return tables.Count == 0 ? unit : unit.WithYear(year, y => y with { PublishedTables = tables.ToImmutable() });
    }
}
