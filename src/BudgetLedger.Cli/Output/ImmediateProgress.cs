namespace BudgetLedger.Cli.Output;

/// <summary>Reports on the caller's thread, so progress lines come out in order with the result.</summary>
public sealed class ImmediateProgress(Action<long> report) : IProgress<long>
{
    public void Report(long value) => report(value);
}
