using BudgetLedger.Stress;

// Crash and race drills against the stores. The test suite runs short versions of these;
// run them here for long ones, e.g.
// `dotnet run --project tools/BudgetLedger.Stress -c Release -- kill-loop --rounds 300`.
return args.FirstOrDefault() switch
{
    "append-batches" => await BatchWriter.Run(Arguments.Parse(args[1..])),
    "race" => await RaceWriter.Run(Arguments.Parse(args[1..])),
    "racing-appends" => await RacingAppends.Run(Arguments.Parse(args[1..])),
    "kill-loop" => await KillLoop.Run(Arguments.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: BudgetLedger.Stress <command> [options]

          kill-loop      --rounds N [--store PATH] [--max-kill-ms MS]
                         start a writer, SIGKILL it at a random moment, check the file; N times.
                         Prints each round and exits 1 at the first round that breaks a property.
          append-batches --store PATH --prefix P [--streams N] [--seed S]
                         (child of kill-loop) append random batches forever, printing "ACK <batch>" after each.
          race           --store PATH --stream S --go-at UNIXMS
                         (child of the racing-writers test) at the given time append to S expecting no stream;
                         prints "won" or "lost".
          racing-appends --store PATH|postgresql://… --prefix P [--batches N] [--seed S]
                         (child of the racing-reader test) append N random batches, then print "done".
        """);
    return 2;
}
