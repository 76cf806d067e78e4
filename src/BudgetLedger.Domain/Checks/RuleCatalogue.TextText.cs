namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> TextTextRules => [];
}
