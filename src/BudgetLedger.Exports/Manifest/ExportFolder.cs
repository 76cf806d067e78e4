namespace BudgetLedger.Exports.Manifest;

/// <summary>An export's folder: written with its manifest, and checked against it.</summary>
public static class ExportFolder
{
    /// <summary>
    /// Writes the files and the manifest into a folder that is new or empty, whole: they are written beside it first
    /// and moved into place.
    /// </summary>
    public static void Write(string folder, IReadOnlyList<ExportFile> files, ExportManifest manifest)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var partial = $"{full}.partial-{Guid.NewGuid():N}";
        Directory.CreateDirectory(partial);
        try
        {
            foreach (var file in files)
            {
                File.WriteAllBytes(Path.Combine(partial, file.Name), file.Bytes);
            }

            File.WriteAllBytes(Path.Combine(partial, ExportManifest.FileName), ManifestJson.Write(manifest));
            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }

            Directory.Move(partial, full);
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    /// <summary>Whether a folder may take an export: it does not exist yet, or holds nothing.</summary>
    public static bool IsFree(string folder) =>
        !File.Exists(folder) && (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any());

    /// <summary>Every file the manifest names that is missing or changed, and every file it does not name.</summary>
    public static IEnumerable<string> Problems(string folder, ExportManifest manifest)
    {
        var named = manifest.Files.Select(f => f.Name).Append(ExportManifest.FileName).ToHashSet(StringComparer
            .Ordinal);
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder, file.Name);
            if (!File.Exists(path))
            {
                yield return $"{file.Name} is missing from the export";
            }
            else if (ExportManifest.Sha256(File.ReadAllBytes(path)) != file.Sha256)
            {
                yield return $"{file.Name} was changed: its SHA-256 is not the manifest's";
            }
        }

        foreach (var extra in Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)
            .Where(n => !named.Contains(n!)).Order(StringComparer.Ordinal))
        {
            yield return $"{extra} is in the export folder but not in its manifest";
        }
    }

    /// <summary>
    /// Every file whose bytes differ from the export made again from the log, or that only one of them has.
    /// </summary>
    public static IEnumerable<string> Differences(string folder, ExportManifest manifest,
        IReadOnlyList<ExportFile> again)
    {
        var regenerated = again.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder, file.Name);
            if (!regenerated.TryGetValue(file.Name, out var expected))
            {
                yield return $"{file.Name} is not part of the export made again from the log at position "
                    + $"{manifest.Position}";
            }
            else if (File.Exists(path) && !File.ReadAllBytes(path).AsSpan().SequenceEqual(expected.Bytes))
            {
                yield return $"{file.Name} differs from the export made again from the log at position "
                    + $"{manifest.Position}";
            }
        }

        foreach (var name in regenerated.Keys.Except(manifest.Files.Select(f => f.Name)).Order(StringComparer.Ordinal))
        {
            yield return $"{name} is missing: the export made again from the log at position {manifest.Position} "
                + "has it";
        }
    }
}
