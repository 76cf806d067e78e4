using System.Text;

namespace BudgetLedger.Faults.Running;

/// <summary>Reads a process's stdout and stderr against one byte budget; past it, the rest is dropped.</summary>
public sealed class OutputCapture
{
    public const int Budget = 1 << 20;

    private readonly MemoryStream _stdout = new();
    private readonly MemoryStream _stderr = new();
    private long _total;

    public bool Overflowed => Interlocked.Read(ref _total) > Budget;

    public string Stdout => Text(_stdout);

    public string Stderr => Text(_stderr);

    public Task Read(Stream stdout, Stream stderr, Action onOverflow) =>
        Task.WhenAll(Pump(stdout, _stdout, onOverflow), Pump(stderr, _stderr, onOverflow));

    private async Task Pump(Stream source, MemoryStream sink, Action onOverflow)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer)) > 0)
        {
            var before = Interlocked.Add(ref _total, read) - read;
            var room = (int)Math.Clamp(Budget - before, 0, read);
            lock (sink)
            {
                sink.Write(buffer, 0, room);
            }

            if (before + read > Budget)
            {
                onOverflow();
            }
        }
    }

    private static string Text(MemoryStream sink)
    {
        lock (sink)
        {
            return Encoding.UTF8.GetString(sink.GetBuffer(), 0, (int)sink.Length);
        }
    }
}
