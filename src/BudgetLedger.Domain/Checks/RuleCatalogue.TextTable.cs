namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> TextTableRules =>
    [
        new("text-table.three-public-completion", RuleKind.TextTable, "The notes' “三公”经费 完成全年预算的 X% equals "
            + "the 三公 table's actual ÷ budget.", "0.01 percentage points"),
    ];
}
