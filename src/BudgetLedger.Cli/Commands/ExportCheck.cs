using System.Globalization;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Exports;
using BudgetLedger.Exports.Manifest;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// verify --export: the export's files against its manifest, the log at the manifest's position against its digests,
/// and the export made again from the log at that position against the files, byte for byte.
/// </summary>
internal static class ExportCheck
{
    public static async Task<int> Run(CliContext context, System.CommandLine.ParseResult parse, string folder,
        CancellationToken cancellationToken)
    {
        if (Read(context, folder) is not { } manifest)
        {
            return CliContext.Failure;
        }

        var problems = ExportFolder.Problems(folder, manifest).ToList();
        var position = manifest.Position.ToString(CultureInfo.InvariantCulture);
        return await ReadModels.With(context, parse, position, async (ledger, readModels) =>
        {
            var stamp = await LogStamp.Of(ledger, manifest.Position, cancellationToken: cancellationToken);
            if ((stamp.Position?.Commit ?? 0) != manifest.Position)
            {
                problems.Add($"the log does not hold position {position} the export was made at: it ends at "
                    + stamp.Tag);
            }
            else if (stamp.Digest != manifest.Digest || stamp.ContentDigest != manifest.ContentDigest)
            {
                problems.Add($"the log up to position {position} has digest {stamp.Digest}, the manifest "
                    + $"{manifest.Digest}: the export was not made from this ledger, or its log was rewritten");
            }
            else if (manifest.Scope.UnitId is { } id && readModels.Unit(id) is null)
            {
                problems.Add($"the log at position {position} holds no unit {id}, the export's scope");
            }
            else
            {
                var (again, _) = await ExportBuild.Make(ledger, readModels, Enum.Parse<ExportFormat>(manifest.Format,
                    ignoreCase: true), manifest.Scope, position, null, cancellationToken);
                problems.AddRange(ExportFolder.Differences(folder, manifest, again));
            }

            foreach (var problem in problems)
            {
                context.Error.WriteLine($"error: {problem}");
            }

            if (problems.Count > 0)
            {
                return CliContext.Failure;
            }

            var files = manifest.Files.Count == 1 ? "its file matches" : $"its {manifest.Files.Count} files match";
            context.Output.WriteLine($"OK: the {manifest.Format} export of {manifest.Scope} in {folder} holds: "
                + $"{files} its manifest, the log still holds position {position} with digest {manifest.Digest}, "
                + "and the export made again from there is identical, byte for byte");
            return CliContext.Success;
        });
    }

    private static ExportManifest? Read(CliContext context, string folder)
    {
        var path = Path.Combine(folder, ExportManifest.FileName);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"error: {folder} holds no {ExportManifest.FileName}: it is not an export, or its "
                + "manifest was removed");
            return null;
        }

        try
        {
            var manifest = ManifestJson.Read(File.ReadAllText(path));
            if (Enum.TryParse<ExportFormat>(manifest.Format, ignoreCase: true, out _))
            {
                return manifest;
            }

            context.Error.WriteLine($"error: {path} names format '{manifest.Format}', not csv, ofdp or xlsx");
        }
        catch (FormatException e)
        {
            context.Error.WriteLine($"error: {path} cannot be read as an export manifest: {e.Message}");
        }

        return null;
    }
}
