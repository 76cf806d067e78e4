namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> CompletenessRules =>
    [
        new("completeness.national-table", RuleKind.Completeness, "Each table every disclosure of the document's "
            + "kind publishes (the core of the national list) is printed once, in the national order.", Exact),
        new("completeness.empty-table-statement", RuleKind.Completeness, "A national table printed without a "
            + "non-zero figure carries its 空表说明 (本表无数据, 本单位无…, 本年无发生额).", Exact),
        new("completeness.contents-table", RuleKind.Completeness, "Each table the contents (目录) list is printed in "
            + "the body, and each national table of the body is listed in the contents.", Exact),
        new("completeness.title-year", RuleKind.Completeness, "A year in a contents entry or a table title is the "
            + "document's fiscal year, printed with four digits.", Exact),
        new("completeness.reception-batches", RuleKind.Completeness, "When the final accounts show 公务接待 spent, "
            + "the notes give its count of batches (批次) and persons (人次).", Exact),
        new("completeness.vehicle-count", RuleKind.Completeness, "When the final accounts show 公务用车 spent, the "
            + "notes give the vehicles kept (保有量 … 辆).", Exact),
        new("completeness.placeholder", RuleKind.Completeness, "No template placeholder (XX, ××, XXXX年) is left in "
            + "the published text.", Exact),
    ];
}
