using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using Newtonsoft.Json;

namespace BudgetLedger.Cli.Tests.Cluster;

/// <summary>Every row the read models hold, as one text: two read models are equal when their snapshots are.</summary>
internal static class ReadModelSnapshot
{
    public static string Of(ReadModelStore store)
    {
        var units = store.UnitNames().Select(u => u.UnitId).ToList();
        return JsonConvert.SerializeObject(new
        {
            Checkpoint = store.Checkpoint(),
            Faults = store.Faults(),
            Units = units.Select(store.Unit),
            Tables = units.SelectMany(u => store.Unit(u)!.Years.Keys.Select(y => (u, y, store.TablePositions(u, y)))),
            Trace = units.Select(u => store.LineFacts([u], "")),
            Directory = Enum.GetValues<DirectoryFactKind>().Select(store.Directory),
        }, Formatting.Indented);
    }
}
