using Akka.Actor;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Engine;

/// <summary>
/// Runs the projections in an actor system of their own. <see cref="CatchUp"/> folds the log up to its end
/// (or the "as of" point) and returns; in live mode the actors then keep following the log until disposed.
/// </summary>
public sealed class ProjectionHost : IAsyncDisposable
{
    private readonly ActorSystem _system;
    private readonly TaskCompletionSource<ProjectionProgress> _caughtUp =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProjectionHost(IEventReader log, ReadModelStore readModels, ProjectionOptions options,
        IProgress<ProjectionProgress>? progress)
    {
        _system = ActorSystem.Create("projections", AkkaSettings);
        _system.ActorOf(SubscriptionActor.Props(log, readModels, options, _caughtUp, progress), "subscription");
    }

    /// <summary>
    /// Akka logs warnings and errors to stderr only (stdout may carry JSON); an actor that fails is stopped, never
    /// restarted in a loop: the subscription actor turns its own failures into the run's result.
    /// </summary>
    private const string AkkaSettings = $$"""
        {{LoggingSettings}}
        akka.actor.guardian-supervisor-strategy = "Akka.Actor.StoppingSupervisorStrategy"
        """;

    /// <summary>Akka's own lines: warnings and errors, to stderr (<see cref="StandardErrorLogger"/>).</summary>
    public const string LoggingSettings = """
        akka {
          loglevel = WARNING
          stdout-loglevel = OFF
          loggers = ["BudgetLedger.Projections.Engine.StandardErrorLogger, BudgetLedger.Projections"]
          log-dead-letters = off
          log-dead-letters-during-shutdown = off
        }
        """;

    /// <summary>
    /// Starts the projections on read models that belong to this log (they are emptied first when they do not:
    /// <see cref="Rebuilt"/> says why).
    /// </summary>
    public static async Task<ProjectionHost> Start(IEventReader log, ReadModelStore readModels,
        ProjectionOptions options, IProgress<ProjectionProgress>? progress = null)
    {
        var rebuilt = await ReadModelOrigin.Reconcile(log, readModels);
        return new ProjectionHost(log, readModels, options, progress) { Rebuilt = rebuilt };
    }

    /// <summary>Why the read models were emptied before this run, if they were.</summary>
    public string? Rebuilt { get; private init; }

    /// <summary>
    /// Completes when the projections have folded everything wanted that was in the log when they got there.
    /// </summary>
    public Task<ProjectionProgress> CatchUp(TimeSpan? timeout = null) => _caughtUp.Task.WaitAsync(timeout
        ?? TimeSpan.FromMinutes(30));

    /// <summary>Folds the log (up to an "as of" point, if any) into the read models and stops.</summary>
    /// <remarks>
    /// Another process folding the same read models can move their checkpoint under this run (a
    /// <see cref="CheckpointMovedException"/>, nothing written): the run starts again from where that one got to.
    /// </remarks>
    public static async Task<ProjectionProgress> Run(IEventReader log, ReadModelStore readModels,
        ProjectionOptions options, IProgress<ProjectionProgress>? progress = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnce(log, readModels, options, progress);
            }
            catch (ProjectionFailedException e) when (e.InnerException is CheckpointMovedException && attempt < 3)
            {
                // folded again from the moved checkpoint
            }
        }
    }

    private static async Task<ProjectionProgress> RunOnce(IEventReader log, ReadModelStore readModels,
        ProjectionOptions options, IProgress<ProjectionProgress>? progress)
    {
        var rebuilt = await ReadModelOrigin.Reconcile(log, readModels);
        if (rebuilt is null && await AtEnd(log, readModels, options))
        {
            // Nothing to fold: no actor system is started.
            return new ProjectionProgress(0, readModels.Checkpoint(), 0);
        }

        await using var host = new ProjectionHost(log, readModels, options with { Live = false }, progress)
            { Rebuilt = rebuilt };
        return await host.CatchUp() with { Rebuilt = host.Rebuilt };
    }

    /// <summary>The read models hold the log's last event (or the last one wanted): one event read back.</summary>
    private static async Task<bool> AtEnd(IEventReader log, ReadModelStore readModels, ProjectionOptions options)
    {
        if (readModels.Origin() is not { } origin)
        {
            return false;
        }

        var last = await log.ReadAllBackwards(null, 1) is [var e] ? e.Position.Commit : 0UL;
        return last == origin.Position || options.StopAtPosition is { } stop && stop <= origin.Position;
    }

    public async ValueTask DisposeAsync() => await _system.Terminate();
}
