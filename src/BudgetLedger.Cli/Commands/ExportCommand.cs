using System.CommandLine;
using BudgetLedger.Exports;
using BudgetLedger.Exports.Manifest;

namespace BudgetLedger.Cli.Commands;

public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "csv: one CSV file per read model (units, unit "
            + "years, functional and economic class figures, revenue, projects, 三公, procurement, assets, stated "
            + "reasons, transfers, adjustments, performance targets and self-evaluations, findings, the tables as "
            + "published cell by cell with page and line), amounts as stored with their unit (万元; 元 for targets); "
            + "ofdp: an Open Fiscal Data Package (datapackage.json and CSV resources); xlsx: the tables as published, "
            + "one workbook per unit and year, one sheet per table, figures as numbers.", Required = true };
        format.AcceptOnlyFromAmong("csv", "ofdp", "xlsx");
        var output = new Option<string>("--out") { Description = "The folder to write into: new or empty. The export "
            + $"goes in whole, with its manifest {ExportManifest.FileName}.", Required = true, HelpName = "DIR" };
        var unit = new Option<string?>("--unit") { Description = "Only this unit: its code (209105), its ledger id "
            + "or (part of) its name. Without it, the whole ledger.", HelpName = "UNIT" };
        var year = new Option<int?>("--year") { Description = "Only this fiscal year of the unit (needs --unit).",
            HelpName = "YEAR" };
        var asOf = new Option<string?>("--as-of") { Description = "Export the ledger as it stood at a log position "
            + "(see `status`) or a time (ISO 8601), without touching the live read models.", HelpName = "POS|TIME" };
        var command = new Command("export", "Write the read models to files for other tools, with a manifest "
            + $"({ExportManifest.FileName}: format, scope, the log position and digests they were built from, each "
            + "file's SHA-256) that `verify --export` checks. The same log point always gives the same bytes.")
        {
            format, output, unit, year, asOf,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(year) is not null && parse.GetValue(unit) is null)
            {
                throw new UsageException("--year needs --unit: export one unit's year, a unit's years (--unit "
                    + "only) or the whole ledger (neither)");
            }

            var folder = parse.GetValue(output)!;
            if (!ExportFolder.IsFree(folder))
            {
                context.Error.WriteLine($"error: --out '{folder}' is not a new or empty folder; nothing was written");
                return CliContext.Failure;
            }

            return await ReadModels.With(context, parse, parse.GetValue(asOf), async (ledger, readModels) =>
            {
                var scope = ExportScope.WholeLedger;
                if (parse.GetValue(unit) is { } wanted)
                {
                    if (ReadModels.Find(context, readModels, wanted, parse.GetValue(asOf)) is not { } id)
                    {
                        return CliContext.Failure;
                    }

                    var view = readModels.Unit(id)!;
                    if (parse.GetValue(year) is { } y && !ReadModels.HoldsYear(context, view, y))
                    {
                        return CliContext.Failure;
                    }

                    scope = new ExportScope(view.UnitId, view.Code, view.Name, parse.GetValue(year));
                }

                var total = readModels.UnitCount();
                var (files, manifest) = await ExportBuild.Make(ledger, readModels, Enum.Parse<ExportFormat>(
                    parse.GetValue(format)!, ignoreCase: true), scope, parse.GetValue(asOf),
                    scope.UnitId is null ? (n, u) => Progress(context, n, total, u) : null, cancellationToken);
                ExportFolder.Write(folder, files, manifest);
                context.Output.WriteLine($"exported {scope} as {manifest.Format}: {Files(files.Count)} and "
                    + $"{ExportManifest.FileName} in {folder}; log position {manifest.Position}, digest "
                    + manifest.Digest);
                return CliContext.Success;
            });
        });
        return command;
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";

    private static void Progress(CliContext context, int done, int total, Projections.ReadModels.UnitView unit)
    {
        if (done % 25 == 0 || done == total)
        {
            context.Error.WriteLine($"exported {done:N0} of {total:N0} units ({unit.Code ?? unit.UnitId} "
                + $"{unit.Name})…");
        }
    }
}
