using BudgetLedger.EventStore;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Serving.Http;
using Microsoft.Extensions.Logging;

namespace BudgetLedger.Serving.Ledger;

/// <summary>
/// Every read goes through here, one at a time: the live read models are caught up to the log's last event (the
/// CLI's own file, so both see the same figures), or, with asOf, built in a scratch file up to that point. The log
/// stays open between requests; a store that failed is opened again by the next request.
/// </summary>
public sealed class LedgerReads(LedgerSource source, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IEventStore? _log;
    private ReadModelStore? _live;

    public async Task<T> Read<T>(string? asOf, bool withReadModels, Func<LedgerView, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var options = asOf is null ? null
            : AsOf.Parse(asOf, out var error) ?? throw new ApiException(400, "bad asOf", $"asOf {error}");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _log ??= source.OpenForReading();
            return options is null
                ? await read(await Live(withReadModels, cancellationToken))
                : await ReadAsOf(asOf!, options, withReadModels, read, cancellationToken);
        }
        catch (Exception e) when (e is StoreUnavailableException or ProjectionFailedException)
        {
            await Drop();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LedgerView> Live(bool withReadModels, CancellationToken cancellationToken)
    {
        if (!withReadModels)
        {
            return new LedgerView(_log!, null, await LogStamp.Of(_log!, cancellationToken: cancellationToken), null);
        }

        _live ??= ReadModelStore.Open(source.ReadModelsPath);
        for (var attempt = 1; ; attempt++)
        {
            var result = await ProjectionHost.Run(_log!, _live, new ProjectionOptions());
            if (result.Rebuilt is { } reason)
            {
                logger.LogWarning("read models rebuilt from the log: {Reason}", reason);
            }

            // Events appended after the fold are for the next request; the stamp names exactly what was folded.
            var stamp = await LogStamp.Of(_log!, cancellationToken: cancellationToken);
            var checkpoint = _live.Checkpoint();
            if ((stamp.Position?.Commit ?? 0) == checkpoint)
            {
                return new LedgerView(_log!, _live, stamp, null);
            }

            if (attempt == 3)
            {
                return new LedgerView(_log!, _live, await LogStamp.Of(_log!, checkpoint, null, cancellationToken),
                    null);
            }
        }
    }

    private async Task<T> ReadAsOf<T>(string asOf, ProjectionOptions options, bool withReadModels,
        Func<LedgerView, Task<T>> read, CancellationToken cancellationToken)
    {
        var stamp = await LogStamp.Of(_log!, options.StopAtPosition, options.StopAtTime, cancellationToken);
        if (!withReadModels)
        {
            return await read(new LedgerView(_log!, null, stamp, asOf));
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"budget-ledger-serve-{Guid.NewGuid():N}.readmodels");
        var models = ReadModelStore.Open(scratch);
        try
        {
            await ProjectionHost.Run(_log!, models, options);
            return await read(new LedgerView(_log!, models, stamp, asOf));
        }
        finally
        {
            models.Dispose();
            ReadModelStore.Delete(scratch);
        }
    }

    private async Task Drop()
    {
        _live?.Dispose();
        _live = null;
        if (_log is not null)
        {
            await _log.DisposeAsync();
            _log = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Drop();
        _gate.Dispose();
    }
}
