namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> TextTextRules =>
    [
        new("text-text.change-direction", RuleKind.TextText, "A change the notes state against last year uses one "
            + "direction for its amount and its percentage (增加…万元 with 增长…%, 减少 with 下降), and an 增加 is no "
            + "larger than the figure it led to (or last year's would be below 0).", Exact),
        new("text-text.change-percentage", RuleKind.TextText, "The percentage of a stated change follows from its "
            + "amount and the figure it changed: amount ÷ (this year's figure ∓ amount).", Percentage),
        new("text-text.execution-rate", RuleKind.TextText, "A 完成（年初/全年）预算的 X% the notes put after a "
            + "年初预算/全年预算 and its 支出决算 equals 决算 ÷ 预算.", "the rate's last printed digit, with each amount "
            + "off by half its last printed digit; up to one more digit, 尾差"),
        new("text-text.execution-comparison", RuleKind.TextText, "The notes' 决算数大于/小于/等于预算数 (or 持平) "
            + "after a stated 预算 and 决算 agrees with which of the two is larger.", Exact),
        new("text-text.share", RuleKind.TextText, "A share the notes state after a figure (…万元，占X%) is that figure "
            + "÷ its whole: the figure its list opens with (…万元，其中/主要包括/主要用于…); for a whole it names "
            + "(占…的X%) that is not a summary table's total, the one figure the notes state for it; for a list with "
            + "no whole whose shares add up to 100%, the sum of its parts.", Percentage),
        new("text-text.basic-expenditure-parts", RuleKind.TextText, "The 人员经费 and 公用经费 the notes give as "
            + "the parts of a 基本支出 they state (其中：人员经费…，公用经费…) add up to it.", Rounding),
        new("text-text.level-change", RuleKind.TextText, "A 持平 the notes put on a figure against an earlier year "
            + "(与上年持平; not 基本持平) has no change of a non-zero amount or percentage in the clause before it.",
            Exact),
        new("text-text.item-described-twice", RuleKind.TextText, "An item the notes call 持平 (or 无变化) against an "
            + "earlier year is not said elsewhere in the notes to have 增加/减少 a non-zero amount or to have fallen "
            + "to 0 (减少至0).", Exact),
        new("text-text.item-execution", RuleKind.TextText, "The figure an item (项) the notes head a paragraph with "
            + "(…（项）X万元，主要用于…) equals the 支出决算 that paragraph states.", Rounding),
    ];
}
