namespace BudgetLedger.Faults.Fixtures;

/// <summary>The repository's seeds/: given, or found walking up from the current folder or this program's.</summary>
public static class SeedsFolder
{
    public static string Find(string? given)
    {
        if (given is not null)
        {
            return IsSeeds(given) ? Path.GetFullPath(given)
                : throw new SetupException($"--seeds-folder {given}: no *.txt disclosures there");
        }

        return Upwards(Directory.GetCurrentDirectory()).Concat(Upwards(AppContext.BaseDirectory))
            .Select(folder => Path.Combine(folder, "seeds"))
            .FirstOrDefault(IsSeeds)
            ?? throw new SetupException("no seeds/ above the current folder or this program; give --seeds-folder");
    }

    private static IEnumerable<string> Upwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }

    private static bool IsSeeds(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any();
}
