namespace BudgetLedger.Exports.Csv;

/// <summary>Which disclosure a figure comes from, as the csv files name it.</summary>
public static class Phases
{
    /// <summary>预算: the year's budget.</summary>
    public const string Budget = "Budget";

    /// <summary>决算: the year's final accounts.</summary>
    public const string Final = "FinalAccounts";

    /// <summary>The budget's figures and the final accounts', each where stated.</summary>
    public static IEnumerable<(string Phase, T Figures)> Stated<T>(T? budget, T? final) where T : class
    {
        if (budget is not null)
        {
            yield return (Budget, budget);
        }

        if (final is not null)
        {
            yield return (Final, final);
        }
    }
}
