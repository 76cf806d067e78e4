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
    ];
}
