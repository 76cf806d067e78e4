using Akka.Actor;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Log;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Actors;

/// <summary>
/// Reads the log from the stored checkpoint in bounded batches, routes each event to the actor of every
/// unit it concerns (<see cref="IUnitRoute"/>), waits for their views, then commits the changed views, any
/// faults and the new checkpoint in one transaction. An event that cannot be deserialized becomes a fault
/// with its position; the other units go on.
/// </summary>
public sealed class SubscriptionActor : ReceiveActor, IWithTimers
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(1);
    private readonly IEventReader _log;
    private readonly ReadModelStore _readModels;
    private readonly ProjectionOptions _options;
    private readonly IProgress<ProjectionProgress>? _progress;
    private readonly TaskCompletionSource<ProjectionProgress> _caughtUp;
    private readonly IUnitRoute _units;
    private Task? _commit;
    private Task<List<DecodedEvent>>? _prefetch;
    private ulong _checkpoint;
    private readonly string _ledgerId;
    private long _folded;
    private readonly CancellationTokenSource _stop = new();
    private Task? _pushed;
    private int _wakeUpQueued;
    private int _faults;
    private int _retries;
    private bool _stopped;

    public ITimerScheduler Timers { get; set; } = null!;

    public SubscriptionActor(IEventReader log, ReadModelStore readModels, ProjectionOptions options,
        TaskCompletionSource<ProjectionProgress> caughtUp, IProgress<ProjectionProgress>? progress,
        Func<IUntypedActorContext, IUnitRoute>? units = null)
    {
        (_log, _readModels, _options, _caughtUp, _progress) = (log, readModels, options, caughtUp, progress);
        _units = units?.Invoke(Context) ?? new LocalUnits(Context, readModels);
        _checkpoint = readModels.Checkpoint();
        _ledgerId = readModels.Origin()?.LedgerId ?? throw new InvalidOperationException("read models not reconciled "
            + "with the log");
        ReceiveAsync<Poll>(_ => Step());
        Receive<SubscriptionDropped>(_ => Dropped());
    }

    /// <param name="units">where each unit's share goes (default: a child actor per unit)</param>
    public static Props Props(IEventReader log, ReadModelStore readModels, ProjectionOptions options,
        TaskCompletionSource<ProjectionProgress> caughtUp, IProgress<ProjectionProgress>? progress = null,
        Func<IUntypedActorContext, IUnitRoute>? units = null) =>
        Akka.Actor.Props.Create(() => new SubscriptionActor(log, readModels, options, caughtUp, progress, units));

    protected override void PreStart() => Self.Tell(Poll.Instance);

    /// <summary>
    /// On a store that pushes new events, each one wakes the actor (at most one wake-up waiting at a time); no polling.
    /// </summary>
    private Task Follow(ILogSubscriptions subscriptions, GlobalPosition from, IActorRef self,
        CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            await foreach (var _ in subscriptions.SubscribeToAll(from, cancellationToken))
            {
                if (Interlocked.Exchange(ref _wakeUpQueued, 1) == 0)
                {
                    self.Tell(Poll.Instance);
                }
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // the actor stopped
        }
        catch (Exception)
        {
            self.Tell(SubscriptionDropped.Instance);
        }
    }, cancellationToken);

    /// <summary>The store's push ended (the server went away): poll until a new subscription can be made.</summary>
    private void Dropped()
    {
        _pushed = null;
        Timers.StartSingleTimer("poll", Poll.Instance, _options.Interval);
    }

    private sealed record SubscriptionDropped
    {
        public static SubscriptionDropped Instance { get; } = new();
    }

    protected override void PostStop()
    {
        _stop.Cancel();
        try
        {
            _commit?.Wait(AskTimeout); // the read models are not let go of in the middle of a write
        }
        catch (AggregateException)
        {
            // reported by the step that awaited it, or lost with the stopped run: nothing was half written
        }

        _caughtUp.TrySetException(new ProjectionFailedException(_checkpoint, "the projection actor stopped"));
    }

    /// <summary>
    /// One step, never a crash: a read or fold error ends a one-shot run at once; a live run retries it a
    /// bounded number of times with doubling waits (reporting that it is retrying), then stops.
    /// </summary>
    private async Task Step()
    {
        if (_stopped)
        {
            return;
        }

        try
        {
            await Next();
            _retries = 0;
        }
        catch (Exception ex)
        {
            _prefetch = null;
            await Reset();
            var error = ex is AggregateException { InnerException: { } inner } ? inner : ex;
            if (_options.Live && _retries < _options.LiveRetries)
            {
                _retries++;
                _progress?.Report(Progress(ProjectionState.Retrying, $"{error.Message} (retry {_retries} of "
                    + $"{_options.LiveRetries})"));
                Timers.StartSingleTimer("poll", Poll.Instance, ProjectionOptions.Backoff(_retries));
                return;
            }

            _stopped = true;
            _progress?.Report(Progress(ProjectionState.Failed, error.Message));
            _caughtUp.TrySetException(error is StoreUnavailableException ? error
                : new ProjectionFailedException(_checkpoint, error.Message, error));
            Context.Stop(Self);
        }
    }

    private ProjectionProgress Progress(ProjectionState state = ProjectionState.Running, string? error = null) =>
        new(_folded, _checkpoint, _faults) { State = state, Error = error };

    private async Task Next()
    {
        Interlocked.Exchange(ref _wakeUpQueued, 0);
        var page = await (_prefetch ?? Load(_checkpoint));
        _prefetch = null;
        var batch = page.TakeWhile(d => Wanted(d.Recorded)).ToList();
        if (batch.Count > 0)
        {
            if (page.Count == _options.BatchSize && batch.Count == page.Count)
            {
                // Read and decode the next page while the unit actors fold this one.
                _prefetch = Load(batch[^1].Recorded.Position.Commit);
            }

            await Fold(batch);
        }

        var atEnd = page.Count < _options.BatchSize || batch.Count < page.Count;
        if (!atEnd)
        {
            Self.Tell(Poll.Instance);
            return;
        }

        await Committed();
        _caughtUp.TrySetResult(Progress());
        if (_options.Live && batch.Count == page.Count)
        {
            if (_log is ILogSubscriptions subscriptions)
            {
                _pushed ??= Follow(subscriptions, GlobalPosition.Of(_checkpoint), Self, _stop.Token);
            }
            else
            {
                Timers.StartSingleTimer("poll", Poll.Instance, _options.Interval);
            }
        }
    }

    private bool Wanted(RecordedEvent e) => _options.Cut.Admits(e);

    private Task<List<DecodedEvent>> Load(ulong after) => Task.Run(() => LogReader.Page(_log, after,
        _options.BatchSize));

    private async Task Fold(IReadOnlyList<DecodedEvent> batch)
    {
        var byUnit = new Dictionary<string, List<PositionedEvent>>(StringComparer.Ordinal);
        var faults = new List<ProjectionFault>();
        var directory = new List<DirectoryFact>();
        foreach (var (recorded, logged, error) in batch)
        {
            if (logged?.Event is not { } e)
            {
                faults.Add(new ProjectionFault(recorded.Position.Commit, recorded.Type, error!));
                continue;
            }

            if (DirectoryFact.Of(recorded.Position.Commit, e, recorded.Metadata) is { } fact)
            {
                directory.Add(fact);
            }

            var positioned = new PositionedEvent(recorded.Position.Commit, e, recorded.EventId, recorded.Metadata)
                { Stored = (recorded.Type, recorded.Data) };
            foreach (var unit in UnitRouting.UnitsOf(e))
            {
                (byUnit.TryGetValue(unit, out var list) ? list : byUnit[unit] = []).Add(positioned);
            }
        }

        if (_units.NeedsCommitFirst(byUnit.Keys))
        {
            await Committed(); // a new actor reads its stored view, which must hold the batch being written
        }

        var replies = await Task.WhenAll(byUnit.Select(u => _units.Apply(u.Key, u.Value, AskTimeout)));
        var end = batch[^1].Recorded;
        var last = end.Position.Commit;
        var point = new LogPoint(_ledgerId, last, end.Stream, end.StreamRevision, end.Hash);
        var facts = new FactsToCommit(replies.SelectMany(r => r.Facts).ToList(), directory)
            { Tables = replies.SelectMany(r => r.Tables).ToList() };
        await Committed();
        // Written while the unit actors fold the next batch; commits stay one at a time, in log order.
        var from = _checkpoint;
        _commit = Task.Run(() => _readModels.Commit(from, point, replies.Select(r => (r.View, r.ChangedYears)),
            faults, facts));
        _checkpoint = last;
        _folded += batch.Count;
        _faults += faults.Count;
        _progress?.Report(Progress());
    }

    /// <summary>
    /// After a failed step, back to what is stored: the checkpoint is read again and the unit actors, which may have
    /// folded part of the failed batch, are replaced by fresh ones loaded from the stored views, so a retry folds
    /// every event not yet stored, once.
    /// </summary>
    private async Task Reset()
    {
        try
        {
            await Committed();
        }
        catch (Exception)
        {
            // the step's own error is the one reported
        }

        _units.Reset();
        _checkpoint = _readModels.Checkpoint();
    }

    /// <summary>Waits for the batch being written, if any; its failure is this step's.</summary>
    private async Task Committed()
    {
        if (_commit is { } pending)
        {
            _commit = null;
            await pending;
        }
    }
}
