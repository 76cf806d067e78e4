namespace BudgetLedger.Import.Validation;

/// <summary>
/// A rule the document's own content breaks: where, which rule, what was expected and what is there
/// (figures as printed, in the table's unit; or text, for a date that does not exist).
/// </summary>
public sealed record Finding(
    FindingSeverity Severity,
    string Table,
    int Line,
    string Rule,
    string Expected,
    string Actual,
    decimal? Difference = null)
{
    /// <summary>The catalogue's id of the rule broken (BudgetLedger.Domain.Checks.RuleCatalogue).</summary>
    public string? RuleId { get; init; }

    public override string ToString() =>
        $"{(Severity == FindingSeverity.RoundingDifference ? "尾差" : "finding")}: table '{Table}', line {Line}: {Rule}"
            + $": expected {Expected}, found {Actual}{(Difference is { } d ? $" (difference {d})" : "")}";
}
