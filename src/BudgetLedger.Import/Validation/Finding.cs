namespace BudgetLedger.Import.Validation;

/// <summary>An identity a document's own figures break: where, which rule, what was expected and what is there.</summary>
public sealed record Finding(FindingSeverity Severity, string Table, int Line, string Rule, decimal Expected, decimal Actual)
{
    public decimal Difference => Actual - Expected;

    public override string ToString() =>
        $"{(Severity == FindingSeverity.RoundingDifference ? "尾差" : "finding")}: table '{Table}', line {Line}: {Rule}: expected {Expected}, found {Actual} (difference {Difference})";
}
