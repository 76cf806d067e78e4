namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A stated budget and its execution against the words the prose puts after them: the completion rate follows
/// from the two figures, and 大于/小于/等于/持平 agrees with which of them is larger.
/// </summary>
public static class ExecutionChecks
{
    public const string RateRule = "text-text.execution-rate";
    public const string ComparisonRule = "text-text.execution-comparison";

    public static IEnumerable<Finding> Check(Prose prose, IEnumerable<StatedExecution> executions)
    {
        foreach (var e in executions)
        {
            var line = prose.LineAt(e.Actual.Offset);
            var sign = Math.Sign(e.Actual.Value - e.Budget.Value);
            if (e.Comparison is { } word && word != sign)
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", line,
                    $"the notes compare 决算 {e.Actual.Value} with 预算 {e.Budget.Value} as {Word(word)}",
                    Word(sign), Word(word)) { RuleId = ComparisonRule };
            }

            if (e.Rate is { } rate && Ratio.Follows(e.Actual.Value, e.Actual.HalfUnit, e.Budget.Value,
                e.Budget.HalfUnit, rate, e.RateDecimals) == false)
            {
                var exact = Math.Round(e.Actual.Value / e.Budget.Value * 100m, Math.Max(2, e.RateDecimals));
                var half = Rounding.HalfUnit(e.RateDecimals);
                yield return new Finding(Math.Abs(rate - exact) <= 2 * half ? FindingSeverity.RoundingDifference
                        : FindingSeverity.Inconsistency, "情况说明", line,
                    $"the notes' completion rate of 决算 {e.Actual.Value} against 预算 {e.Budget.Value}",
                    $"{exact}%", $"{rate}%", rate - exact) { RuleId = RateRule };
            }
        }
    }

    private static string Word(int sign) => sign switch { > 0 => "大于", < 0 => "小于", _ => "等于" };
}
