using System.Diagnostics;

namespace BudgetLedger.Stress;

/// <summary>Runs many <see cref="CrashRound"/>s against one file, reporting each.</summary>
public static class KillLoop
{
    public static async Task<int> Run(Arguments arguments)
    {
        var rounds = arguments.GetInt("rounds", 100);
        var maxKillMs = arguments.GetInt("max-kill-ms", 400);
        var store = arguments.Get("store",
            Path.Combine(Path.GetTempPath(), $"budget-ledger-kill-{Environment.ProcessId}.db"));
        var writer = typeof(KillLoop).Assembly.Location;
        var seed = arguments.GetInt("seed", Random.Shared.Next());
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"kill-loop: {rounds} rounds against {store}, seed {seed} (--seed to replay)");
        for (var round = 1; round <= rounds; round++)
        {
            var result = await CrashRound.Run(store, $"r{round}", random.Next(0, maxKillMs), writer);
            Console.WriteLine($"round {round}/{rounds}: {result}");
            if (!result.Holds)
            {
                return 1;
            }
        }

        Console.WriteLine($"kill-loop: {rounds} kills, every property held ({clock.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }
}
