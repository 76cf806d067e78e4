using System.Diagnostics;
using System.Globalization;
using BudgetLedger.Benchmark;

// Appends synthetic budget-line events through the SQLite store and, in the same run, inserts the same
// rows into a bare SQLite table (same pragmas, one transaction per batch): the raw baseline.
// Then imports synthetic disclosures shaped like the seeds and prints documents/s and events/s.
// dotnet run --project tools/BudgetLedger.Benchmark -c Release -- [--events N] [--batch B[,B2…]] [--streams S]
// [--documents D] [--seeds DIR]
// --only esdb --esdb CONNECTION: batched appends and $all reads on an EventStoreDB server beside SQLite, same rows.
// --only postgres [--postgres CONNECTION]: batched appends through the PostgreSQL store against raw INSERT and COPY
// of the same rows on the same server (a throwaway server is started when no connection is given).
// --only cluster [--postgres CONNECTION] [--cluster-documents 1000]: one ledger rebuilt by one process and by three
// `serve --cluster` nodes, events/s each.
// --only pdf [--corpus DIR] [--pdf-rounds 3]: the corpus PDFs' text, PdfPig's raw word extraction against ours.
// --only queries [--query-events 1000000] [--queries 100] [--query-seed S]: p50/p95 of random trace, variance,
// report and status on a ledger of that size, in process.
// --only load [--query-events 1000000] [--queries 100] [--clients 4]: the same questions over HTTP to `serve` on
// loopback beside in process: p50/p95, requests/s, errors.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "");
if (options.ContainsKey("help"))
{
    Console.WriteLine("usage: BudgetLedger.Benchmark [--events 200000] [--batch 500[,50,…]] [--streams 200] "
        + "[--documents 1000] [--projection-events 1000000] [--projection-batch 5000] [--projection-rounds 3] "
        + "[--only store|import|projections|esdb|postgres|cluster|pdf|queries|load] [--query-events 1000000] "
        + "[--queries 100] [--clients 4] [--query-seed S] [--corpus ../shared/corpus] [--pdf-rounds 3] [--esdb "
        + "esdb://127.0.0.1:2113?tls=false] [--postgres Host=…] [--cluster-documents 1000] [--seeds seeds] "
        + "[--folder DIR]");
    return 0;
}

var only = options.GetValueOrDefault("only");
var events = int.Parse(options.GetValueOrDefault("events", "200000"), CultureInfo.InvariantCulture);
var batches = options.GetValueOrDefault("batch", "500").Split(',').Select(b => int.Parse(b,
    CultureInfo.InvariantCulture)).ToList();
var streams = int.Parse(options.GetValueOrDefault("streams", "200"), CultureInfo.InvariantCulture);
var folder = options.GetValueOrDefault("folder") is { } given ? Directory.CreateDirectory(given).FullName
    : Directory.CreateTempSubdirectory("budget-ledger-bench-").FullName;

if (only is null or "store")
{
Console.WriteLine($"{events:N0} synthetic budget-line events over {streams} unit streams; SQLite WAL, synchronous "
    + $"FULL; files in {folder}");
var rows = SyntheticBudgetLines.Create(events, streams);
Console.WriteLine($"payload: {rows.Average(r => r.Event.Data.Length + r.Event.Metadata.Length):F0} bytes of JSON per "
    + "event on average");
Console.WriteLine();
Console.WriteLine($"{"batch",6}  {"store ev/s",12}  {"raw ev/s",12}  {"store/raw",9}  {"store MB",9}  {"raw MB",7}  "
    + $"{"peak RSS MB",11}");
foreach (var batch in batches)
{
    var store = await Runs.ThroughStore(Path.Combine(folder, $"store-{batch}.db"), rows, batch);
    var raw = Runs.RawInsert(Path.Combine(folder, $"raw-{batch}.db"), rows, batch);
    Console.WriteLine($"{batch,6}  {events / store.Seconds,12:N0}  {events / raw.Seconds,12:N0}  "
        + $"{raw.Seconds / store.Seconds,9:P0}  {store.Megabytes,9:F1}  {raw.Megabytes,7:F1}  "
        + $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,11:F0}");
}

Console.WriteLine();
Console.WriteLine("store/raw: the store's rate as a share of the raw insert rate (higher is better). The store also "
    + "checks ids");
Console.WriteLine("for retries, checks expected revisions, chains SHA-256 hashes and keeps two unique indexes.");
Console.WriteLine();
}

if (options.GetValueOrDefault("esdb") is { Length: > 0 } server && only is "esdb")
{
    await ServerRuns.Run(server, SyntheticBudgetLines.Create(events, streams), batches, folder);
    return 0;
}

if (only is "postgres" or "cluster")
{
    var postgres = options.GetValueOrDefault("postgres") is { Length: > 0 } named ? named
        : BudgetLedger.Testing.PostgreSqlServer.Unavailable is { } why ? throw new InvalidOperationException(why)
        : BudgetLedger.Testing.PostgreSqlServer.ConnectionString;
    await (only is "postgres" ? PostgreSqlRuns.Run(postgres, SyntheticBudgetLines.Create(events, streams), batches)
        : ClusterRuns.Run(postgres, options.GetValueOrDefault("seeds", "seeds"), int.Parse(options.GetValueOrDefault(
            "cluster-documents", "1000"), CultureInfo.InvariantCulture), folder));
    return 0;
}

var documents = int.Parse(options.GetValueOrDefault("documents", "1000"), CultureInfo.InvariantCulture);
if (documents > 0 && only is null or "import")
{
    await ImportRuns.Run(options.GetValueOrDefault("seeds") ?? "seeds", documents, folder);
    Console.WriteLine();
}

var projectionEvents = long.Parse(options.GetValueOrDefault("projection-events", "1000000"),
    CultureInfo.InvariantCulture);
if (projectionEvents > 0 && only is null or "projections")
{
    var projectionBatch = int.Parse(options.GetValueOrDefault("projection-batch", "5000"),
        CultureInfo.InvariantCulture);
    var rounds = int.Parse(options.GetValueOrDefault("projection-rounds", "3"), CultureInfo.InvariantCulture);
    await ProjectionRuns.Run(options.GetValueOrDefault("seeds")
        ?? "seeds", projectionEvents, projectionBatch, rounds, folder);
}

if (only is "queries")
{
    await QueryRuns.Run(options.GetValueOrDefault("seeds") ?? "seeds", long.Parse(options.GetValueOrDefault(
        "query-events", "1000000"), CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("queries",
        "100"), CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("query-seed",
        Random.Shared.Next(1_000_000).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), folder);
    return 0;
}

if (only is "load")
{
    await LoadRuns.Run(options.GetValueOrDefault("seeds") ?? "seeds", long.Parse(options.GetValueOrDefault(
        "query-events", "1000000"), CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("queries",
        "100"), CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("clients", "4"),
        CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("query-seed",
        Random.Shared.Next(1_000_000).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), folder);
    return 0;
}

if (only is null or "pdf")
{
    var pdfRounds = int.Parse(options.GetValueOrDefault("pdf-rounds", "3"), CultureInfo.InvariantCulture);
    PdfRuns.Run(options.GetValueOrDefault("corpus") ?? Path.Combine("..", "shared", "corpus"), pdfRounds);
}

return 0;
