namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> IdentityRules =>
    [
        new("identity.sum", RuleKind.Identity, "A printed total equals the sum of its printed parts: a 类/款/合计 row "
            + "and the rows under it, a total column and its part columns (基本 + 项目, each fund source, 人员 + 公用), "
            + "收入总计 and 支出总计 of one summary table.", Rounding),
        new("identity.running-costs-placement", RuleKind.Identity, "A unit's running costs (行政运行, 事业运行, "
            + "机关服务) sit under the category of its main function.", Exact),
        new("identity.date", RuleKind.Identity, "A date the document prints exists in the calendar.", Exact),
    ];
}
