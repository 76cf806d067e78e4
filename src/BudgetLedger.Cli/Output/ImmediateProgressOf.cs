namespace BudgetLedger.Cli.Output;

/// <summary>Reports on the caller's thread, at most once per <c>every</c> units of progress.</summary>
public sealed class ImmediateProgressOf<T>(Action<T> report, long every, Func<T, long> measure) : IProgress<T>
{
    private long _reported;

    public void Report(T value)
    {
        var now = measure(value);
        if (now - _reported >= every)
        {
            _reported = now;
            report(value);
        }
    }
}
