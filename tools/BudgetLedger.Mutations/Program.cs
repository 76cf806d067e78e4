using System.Globalization;
using BudgetLedger.Mutations;

// Careless-user changes to real disclosures: one figure of an interpreted table changed by one digit, or the text cut
// short. Every change must be refused, or show up as a finding or a 尾差 warning; a cut document must be refused.
// Text disclosures of every layout are changed (tab-separated, space-aligned, page text); PDFs are cut short only.
// `dotnet run --project tools/BudgetLedger.Mutations -c Release -- [--seed 1] [--changes 150] [--truncations 40]
// [--pdf-truncations 20] [--places interpreted,kept,notes]
// [--folders seeds,tests/BudgetLedger.Import.Tests/Pdf/Documents]`
// --places: where the changed figures are printed (default interpreted tables only).
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "");
if (options.ContainsKey("help"))
{
    Console.WriteLine("usage: BudgetLedger.Mutations [--seed N] [--changes 150] [--truncations 40] "
        + "[--pdf-truncations 20] [--places interpreted,kept,notes] "
        + "[--folders seeds,tests/BudgetLedger.Import.Tests/Pdf/Documents]");
    return 2;
}

int Number(string name, int fallback) => options.TryGetValue(name, out var v)
    ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var seed = Number("seed", 1);
var folders = (options.GetValueOrDefault("folders") ?? "seeds,tests/BudgetLedger.Import.Tests/Pdf/Documents")
    .Split(',', StringSplitOptions.RemoveEmptyEntries);
var places = (options.GetValueOrDefault("places") ?? "interpreted").Split(',', StringSplitOptions.RemoveEmptyEntries)
    .Aggregate((FigurePlace)0, (all, p) => all | Enum.Parse<FigurePlace>(p, ignoreCase: true));
var run = MutationRun.Of(folders, seed, Number("changes", 150), Number("truncations", 40),
    Number("pdf-truncations", 20), places);
Console.WriteLine($"seed {seed}; figures in {places}; {run.Documents.Count} text documents that import as they are, "
    + "from " + string.Join(", ", folders.Select(Path.GetFullPath)));
foreach (var silent in run.Silent)
{
    Console.WriteLine($"  silent: {silent.Description}");
}

Console.WriteLine(run.Summary);
return run.Silent.Count > 0 ? 1 : 0;
