namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> IdentityRules =>
    [
        new("identity.parent-sum", RuleKind.Identity, "A total or subtotal row (类, 款, 合计) equals the sum of the "
            + "rows under it, column by column.", Rounding),
        new("identity.row-sum", RuleKind.Identity, "A row's total column equals the sum of its part columns (基本 + "
            + "项目, or each fund source).", Rounding),
        new("identity.date", RuleKind.Identity, "A date the document prints exists in the calendar.", Exact),
    ];
}
