using Akka.Actor;
using Akka.Event;

namespace BudgetLedger.Projections.Engine;

/// <summary>Akka's own log lines go to stderr, never into a command's output (which may be JSON).</summary>
public sealed class StandardErrorLogger : ReceiveActor
{
    public StandardErrorLogger()
    {
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(e => Console.Error.WriteLine($"projections: "
            + $"{e.LogLevel().ToString().Replace("Level", "", StringComparison.Ordinal).ToLowerInvariant()}: "
            + $"{e.Message}"));
    }
}
