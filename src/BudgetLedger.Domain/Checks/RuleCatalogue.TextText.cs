namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> TextTextRules =>
    [
        new("text-text.change-direction", RuleKind.TextText, "A change the notes state against last year uses one "
            + "direction for its amount and its percentage (增加…万元 with 增长…%, 减少 with 下降).", Exact),
        new("text-text.change-percentage", RuleKind.TextText, "The percentage of a stated change follows from its "
            + "amount and the figure it changed: amount ÷ (this year's figure ∓ amount).", "the percentage's last "
            + "printed digit, with each amount off by half its last printed digit; up to one more digit, 尾差"),
        new("text-text.execution-rate", RuleKind.TextText, "A 完成（年初/全年）预算的 X% the notes put after a "
            + "年初预算/全年预算 and its 支出决算 equals 决算 ÷ 预算.", "the rate's last printed digit, with each amount "
            + "off by half its last printed digit; up to one more digit, 尾差"),
        new("text-text.execution-comparison", RuleKind.TextText, "The notes' 决算数大于/小于/等于预算数 (or 持平) "
            + "after a stated 预算 and 决算 agrees with which of the two is larger.", Exact),
    ];
}
