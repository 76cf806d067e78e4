using BudgetLedger.Faults.Cases;

namespace BudgetLedger.Faults.Reporting;

/// <summary>How many cases came to each outcome.</summary>
public sealed class Tally
{
    private readonly int[] _counts = new int[Enum.GetValues<Outcome>().Length];

    public int Cases => _counts.Sum();

    public int this[Outcome outcome] => _counts[(int)outcome];

    public void Add(Outcome outcome) => _counts[(int)outcome]++;

    public void Add(Tally other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }

    /// <summary>Crashes, hangs and wrong store changes fail the suite; unclear ones too when strict.</summary>
    public bool Fails(bool strict) =>
        this[Outcome.Crash] + this[Outcome.Hang] + this[Outcome.WrongChange] > 0
        || (strict && this[Outcome.Unclear] > 0);
}
