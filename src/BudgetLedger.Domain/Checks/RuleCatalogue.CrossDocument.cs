namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> CrossDocumentRules =>
    [
        new("cross-document.three-public-budget", RuleKind.CrossDocument, "A final account's 三公 预算数 (total and "
            + "each item) equals the 三公 budget the unit published for that year.", CrossDocumentTolerance),
        new("cross-document.carryover-continuity", RuleKind.CrossDocument, "A budget's 上年结转 equals the 年末结转和结余 "
            + "of the unit's final accounts for the year before.", CrossDocumentTolerance),
        new("cross-document.stated-prior-year", RuleKind.CrossDocument, "What a budget's notes say last year's "
            + "figure was (this year's figure and its stated change: a project's 本年预算, a 三公 item or total) is "
            + "what last year's own budget printed.", CrossDocumentTolerance),
    ];

    private const string CrossDocumentTolerance = "0.01 万元 is a 尾差 hint; more is a finding; a blank is not compared";
}
