using System.Diagnostics;
using BudgetLedger.Cli;
using BudgetLedger.Cli.Commands;
using BudgetLedger.Cli.Composition;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;
using BudgetLedger.Serving;

namespace BudgetLedger.Benchmark;

/// <summary>
/// `serve` under load on loopback: the same random report, variance and trace questions asked in process through
/// the CLI's entry point, then over HTTP by a bounded number of concurrent clients; p50/p95, requests/s and errors.
/// </summary>
public static class LoadRuns
{
    public static async Task Run(string seedsFolder, long events, int requests, int clients, int seed, string folder)
    {
        var ledgerPath = await QueryRuns.Prepare(seedsFolder, events, folder);
        await using var server = await LedgerServer.Start(ServeCommand.Source(LedgerLocation.Resolve(ledgerPath)),
            new ServerOptions("http://127.0.0.1:0"));
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses[0]),
            Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"{requests} random questions of each kind, seed {seed} (--query-seed to replay); "
            + $"{clients} concurrent HTTP clients on {server.Addresses[0]}");
        Console.WriteLine($"{"question",-16}  {"where",-10}  {"p50 ms",8}  {"p95 ms",8}  {"max ms",8}  {"req/s",8}  "
            + $"{"errors",6}");
        var picks = QueryPicks.From(SqliteReadModels.PathFor(ledgerPath), new Random(seed));
        foreach (var (name, make) in picks.Kinds().Where(k => k.Name != "status"))
        {
            var questions = Enumerable.Range(0, requests).Select(_ => make()).ToList();
            Print(name, "in process", await InProcess(questions, ledgerPath));
            Print(name, "http", await OverHttp(questions, http, clients));
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
    }

    private static async Task<(List<double> Times, double Seconds, int Errors)> InProcess(List<string[]> questions,
        string ledgerPath)
    {
        var times = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        foreach (var question in questions)
        {
            var watch = Stopwatch.StartNew();
            errors += await LedgerCli.Run([.. question, "--store", ledgerPath, "--format", "json"], TextWriter.Null,
                TextWriter.Null) == 0 ? 0 : 1;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (times, clock.Elapsed.TotalSeconds, errors);
    }

    private static async Task<(List<double> Times, double Seconds, int Errors)> OverHttp(List<string[]> questions,
        HttpClient http, int clients)
    {
        var times = new List<double>();
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i < questions.Count)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(ApiPath.Of(questions[i]));
                await response.Content.ReadAsByteArrayAsync();
                lock (times)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    errors += response.IsSuccessStatusCode ? 0 : 1;
                }
            }
        }));
        return (times, clock.Elapsed.TotalSeconds, errors);
    }

    private static void Print(string name, string where, (List<double> Times, double Seconds, int Errors) run)
    {
        run.Times.Sort();
        Console.WriteLine($"{name,-16}  {where,-10}  {QueryRuns.Percentile(run.Times, 0.50),8:F1}  "
            + $"{QueryRuns.Percentile(run.Times, 0.95),8:F1}  {run.Times[^1],8:F1}  "
            + $"{run.Times.Count / run.Seconds,8:F0}  {run.Errors,6}");
    }
}
