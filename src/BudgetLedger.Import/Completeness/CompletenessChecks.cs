using BudgetLedger.Domain.Checks;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// The auditors' checks that what a document of its kind must publish is there: its national tables, the statement
/// under an empty table, contents that agree with the body, and no template placeholder left in.
/// </summary>
public static class CompletenessChecks
{
    public static IReadOnlyList<Finding> Check(DisclosureText text, IReadOnlyList<ReadTable> tables,
        DocumentKind kind, int year, IEnumerable<IBudgetEvent> events)
    {
        var body = ContentsAgreement.BodyTables(text, tables);
        return
        [
            .. NationalTables.Check(kind, body),
            .. EmptyTableStatements.Check(text, body),
            .. ContentsAgreement.Check(text, tables, body),
            .. TitleYears.Check(text, body, year),
            .. ThreePublicStatements.Check(text, body, events),
            .. Placeholders.Check(text, body),
        ];
    }

    /// <summary>A finding of a completeness rule, its sentence from the catalogue.</summary>
    internal static Finding Of(string ruleId, string place, int line, string expected, string actual) =>
        new(FindingSeverity.Inconsistency, place, line, RuleCatalogue.Get(ruleId).Checks, expected, actual)
        {
            RuleId = ruleId,
        };
}
