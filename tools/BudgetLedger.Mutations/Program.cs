using System.Globalization;
using BudgetLedger.Mutations;

// Careless-user changes to real disclosures: one figure of a recognised table changed by one digit, or the text cut
// short. Every change must be refused, or show up as a finding or a 尾差 warning; a cut document must be refused.
// `dotnet run --project tools/BudgetLedger.Mutations -c Release -- [--seed 1] [--changes 150] [--truncations 40]
// [--folder seeds]`
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "");
if (options.ContainsKey("help"))
{
    Console.WriteLine("usage: BudgetLedger.Mutations [--seed N] [--changes 150] [--truncations 40] [--folder seeds]");
    return 2;
}

int Number(string name, int fallback) => options.TryGetValue(name, out var v)
    ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var seed = Number("seed", 1);
var folder = options.GetValueOrDefault("folder") ?? "seeds";
var documents = Directory.GetFiles(folder, "*.txt").Concat(Directory.GetFiles(folder,
    "*.pdf")).Order(StringComparer.Ordinal)
    .Select(f => Baseline.Of(Path.GetFileName(f), File.ReadAllBytes(f))).OfType<Baseline>().ToList();
Console.WriteLine($"seed {seed}; {documents.Count} documents that import as they are, from {Path.GetFullPath(folder)}");
var random = new Random(seed);
var changes = Enumerable.Range(0, Number("changes",
    150)).Select(_ => FigureChange.Run(documents[random.Next(documents.Count)], random)).ToList();
var cuts = Enumerable.Range(0, Number("truncations",
    40)).Select(_ => Truncation.Run(documents[random.Next(documents.Count)], random)).ToList();

foreach (var silent in changes.Where(c => c.Outcome == Outcome.Silent).Concat(cuts.Where(c => c.Outcome ==
    Outcome.Silent)))
{
    Console.WriteLine($"  silent: {silent.Description}");
}

Console.WriteLine($"figure changes: {changes.Count}; refused {Count(changes, Outcome.Refused)}, finding "
    + $"{Count(changes, Outcome.Finding)}, "
    + $"尾差 {Count(changes, Outcome.RoundingDifference)}, in with no finding and no 尾差 {Count(changes, Outcome.Silent)}");
Console.WriteLine($"truncations: {cuts.Count}; refused {Count(cuts, Outcome.Refused)}, imported "
    + $"{Count(cuts, Outcome.Silent)}");
return changes.Concat(cuts).Any(c => c.Outcome == Outcome.Silent) ? 1 : 0;

static int Count(IEnumerable<Mutation> mutations, Outcome outcome) => mutations.Count(m => m.Outcome == outcome);
