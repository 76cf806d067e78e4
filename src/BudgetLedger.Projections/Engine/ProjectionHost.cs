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
    private readonly TaskCompletionSource<ProjectionProgress> _caughtUp = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProjectionHost(IEventReader log, ReadModelStore readModels, ProjectionOptions options, IProgress<ProjectionProgress>? progress)
    {
        _system = ActorSystem.Create("projections", "akka { loglevel = WARNING, stdout-loglevel = WARNING, log-dead-letters = off }");
        _system.ActorOf(SubscriptionActor.Props(log, readModels, options, _caughtUp, progress), "subscription");
    }

    public static ProjectionHost Start(IEventReader log, ReadModelStore readModels, ProjectionOptions options, IProgress<ProjectionProgress>? progress = null) =>
        new(log, readModels, options, progress);

    /// <summary>Completes when the projections have folded everything wanted that was in the log when they got there.</summary>
    public Task<ProjectionProgress> CatchUp(TimeSpan? timeout = null) => _caughtUp.Task.WaitAsync(timeout ?? TimeSpan.FromMinutes(30));

    /// <summary>Folds the log (up to an "as of" point, if any) into the read models and stops.</summary>
    public static async Task<ProjectionProgress> Run(IEventReader log, ReadModelStore readModels, ProjectionOptions options, IProgress<ProjectionProgress>? progress = null)
    {
        await using var host = Start(log, readModels, options with { Live = false }, progress);
        return await host.CatchUp();
    }

    public async ValueTask DisposeAsync() => await _system.Terminate();
}
