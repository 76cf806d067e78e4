using System.Collections.Concurrent;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;
using BudgetLedger.Serving.Http;
using Microsoft.Extensions.Logging;

namespace BudgetLedger.Serving.Ledger;

/// <summary>
/// Every read goes through here. The live read models (the CLI's own file, so both see the same figures) are caught
/// up alone, when the log's last event has moved; answers are then built side by side, each on its own connections,
/// from read models that hold exactly <see cref="LogStamp"/>. With asOf, read models are built in a scratch file up
/// to that point. A store that failed is opened again by the next request.
/// </summary>
public sealed class LedgerReads(LedgerSource source, ILogger logger) : IAsyncDisposable
{
    private readonly ReadersWriter _lock = new(Math.Clamp(2 * Environment.ProcessorCount, 4, 16));
    private readonly ConcurrentBag<Lease> _idle = [];
    private readonly CheckpointStamps _stamps = new();
    private Lease? _writer;
    private LogStamp? _held;

    public async Task<T> Read<T>(string? asOf, bool withReadModels, Func<LedgerView, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var options = asOf is null ? null
            : AsOf.Parse(asOf, out var error) ?? throw new ApiException(400, "bad asOf", $"asOf {error}");
        try
        {
            if (options is null && withReadModels && !source.FoldedByCluster)
            {
                await CatchUp(cancellationToken);
            }

            using var reading = await _lock.Read(cancellationToken);
            var lease = _idle.TryTake(out var idle) ? idle : Open();
            try
            {
                var answer = options is not null
                    ? await ReadAsOf(lease.Log, asOf!, options, withReadModels, read, cancellationToken)
                    : withReadModels ? await ReadHeld(lease, read, cancellationToken)
                    : await read(new LedgerView(lease.Log, null, await LogStamp.Of(lease.Log, cancellationToken:
                        cancellationToken), null));
                _idle.Add(lease);
                return answer;
            }
            catch
            {
                await lease.DisposeAsync();
                throw;
            }
        }
        catch (Exception e) when (e is StoreUnavailableException or ProjectionFailedException)
        {
            await Drop();
            throw;
        }
    }

    /// <summary>
    /// From the read models as this server folded them, or as the cluster last committed them: in one snapshot,
    /// since the cluster commits meanwhile, so the answer and the point it names agree.
    /// </summary>
    private async Task<T> ReadHeld<T>(Lease lease, Func<LedgerView, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!source.FoldedByCluster)
        {
            return await read(new LedgerView(lease.Log, lease.Models, _held!, null));
        }

        using var snapshot = lease.Models.Snapshot();
        var stamp = await _stamps.Of(lease.Log, lease.Models.Origin(), cancellationToken);
        return await read(new LedgerView(lease.Log, lease.Models, stamp, null));
    }

    private Lease Open() => new(source.OpenForReading(), source.OpenReadModels());

    /// <summary>Folds what the log gained since the last request, alone; nothing when it gained nothing.</summary>
    private async Task CatchUp(CancellationToken cancellationToken)
    {
        if (await Moved(cancellationToken))
        {
            using var writing = await _lock.Write(cancellationToken);
            _writer ??= Open();
            var result = await ProjectionHost.Run(_writer.Log, _writer.Models, new ProjectionOptions());
            if (result.Rebuilt is { } reason)
            {
                logger.LogWarning("read models rebuilt from the log: {Reason}", reason);
            }

            // Events appended after the fold are for the next request: the stamp names exactly what was folded.
            _held = await _stamps.Of(_writer.Log, _writer.Models.Origin(), cancellationToken);
        }
    }

    private async Task<bool> Moved(CancellationToken cancellationToken)
    {
        using var reading = await _lock.Read(cancellationToken);
        var lease = _idle.TryTake(out var idle) ? idle : Open();
        try
        {
            var last = (await lease.Log.ReadAllBackwards(null, 1, cancellationToken)).FirstOrDefault()?.Position;
            _idle.Add(lease);
            return _held is null || last != _held.Position;
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }

    private static async Task<T> ReadAsOf<T>(IEventStore log, string asOf, ProjectionOptions options,
        bool withReadModels, Func<LedgerView, Task<T>> read, CancellationToken cancellationToken)
    {
        var stamp = await LogStamp.Of(log, options.StopAtPosition, options.StopAtTime, cancellationToken);
        if (!withReadModels)
        {
            return await read(new LedgerView(log, null, stamp, asOf));
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"budget-ledger-serve-{Guid.NewGuid():N}.readmodels");
        var models = SqliteReadModels.Open(scratch);
        try
        {
            await ProjectionHost.Run(log, models, options);
            return await read(new LedgerView(log, models, stamp, asOf));
        }
        finally
        {
            models.Dispose();
            SqliteReadModels.Delete(scratch);
        }
    }

    private async Task Drop()
    {
        using var writing = await _lock.Write(CancellationToken.None);
        while (_idle.TryTake(out var lease))
        {
            await lease.DisposeAsync();
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        (_writer, _held) = (null, null);
        _stamps.Forget();
    }

    public async ValueTask DisposeAsync()
    {
        await Drop();
        _lock.Dispose();
        _stamps.Dispose();
    }
}
