namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> CrossTableRules =>
    [
        new("cross-table.projects-current-year", RuleKind.CrossTable, "The project table's 本年预算 sums to the "
            + "项目支出 of the appropriation table.", Rounding),
        new("cross-table.projects-carryover", RuleKind.CrossTable, "The project table's 上年结转 sums to the 项目支出 "
            + "carried over.", Rounding),
    ];
}
