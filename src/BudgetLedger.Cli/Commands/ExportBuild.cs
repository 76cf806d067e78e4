using BudgetLedger.EventStore;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Exports;
using BudgetLedger.Exports.Manifest;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// An export made from ready read models: its files, and its manifest stamped with the point of the log they hold
/// (the --as-of cut, or else the read models' checkpoint). `export` writes it; `verify --export` makes it again.
/// </summary>
internal static class ExportBuild
{
    public static async Task<(IReadOnlyList<ExportFile> Files, ExportManifest Manifest)> Make(IEventStore ledger,
        ReadModelStore readModels, ExportFormat format, ExportScope scope, string? asOf,
        Action<int, UnitView>? progress, CancellationToken cancellationToken)
    {
        var units = scope.UnitId is { } id ? [id] : readModels.UnitNames().Select(u => u.UnitId);
        var input = await ExportReader.Read(ledger, readModels, units, scope.Year, progress, cancellationToken);
        var files = Exporter.Write(format, input);
        var stamp = await Stamp(ledger, readModels, asOf, cancellationToken);
        return (files, ExportManifest.Of(Exporter.Name(format), scope, asOf, stamp, files));
    }

    private static async Task<LogStamp> Stamp(IEventStore ledger, ReadModelStore readModels, string? asOf,
        CancellationToken cancellationToken)
    {
        if (asOf is not null)
        {
            var cut = ReadModels.AsOf(asOf);
            return await LogStamp.Of(ledger, cut.StopAtPosition, cut.StopAtTime, cancellationToken);
        }

        var checkpoint = readModels.Checkpoint();
        var whole = await LogStamp.Of(ledger, cancellationToken: cancellationToken);
        return (whole.Position?.Commit ?? 0) == checkpoint ? whole
            : await LogStamp.Of(ledger, checkpoint, cancellationToken: cancellationToken);
    }
}
