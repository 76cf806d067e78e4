namespace BudgetLedger.Serving.Ledger;

/// <summary>
/// Many readers at once, or one writer alone (the writer takes every reader's place), for async code.
/// </summary>
internal sealed class ReadersWriter(int readers) : IDisposable
{
    private readonly SemaphoreSlim _places = new(readers, readers);
    private readonly SemaphoreSlim _writer = new(1, 1);

    public int Readers => readers;

    public async Task<IDisposable> Read(CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken);
        return new Release(() => _places.Release());
    }

    public async Task<IDisposable> Write(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        var taken = 0;
        try
        {
            for (; taken < readers; taken++)
            {
                await _places.WaitAsync(cancellationToken);
            }
        }
        catch
        {
            if (taken > 0)
            {
                _places.Release(taken);
            }

            _writer.Release();
            throw;
        }

        return new Release(() =>
        {
            _places.Release(readers);
            _writer.Release();
        });
    }

    public void Dispose()
    {
        _places.Dispose();
        _writer.Dispose();
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                release();
            }
        }
    }
}
