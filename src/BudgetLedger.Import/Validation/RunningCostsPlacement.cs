namespace BudgetLedger.Import.Validation;

/// <summary>
/// A unit's running costs (事业运行 / 行政运行 / 机关服务) belong under the section of its own function,
/// which is where most of its money goes. Running costs under another category (one seed books a
/// social-insurance centre's 事业运行 under [20101]人大事务) are a finding.
/// </summary>
public static class RunningCostsPlacement
{
    private static readonly string[] RunningCostNames = ["事业运行", "行政运行", "机关服务"];

    public static IEnumerable<Finding> Check(ClassTable table)
    {
        var main = table.Categories.MaxBy(c => c["合计"] ?? 0m);
        if (main is null)
        {
            yield break;
        }

        foreach (var row in table.Leaves.Where(r => RunningCostNames.Contains(r.Class!.Name)
            && r.Class.Code.Category != main.Class!.Code))
        {
            var section = table.Row(row.Class!.Code.Parent!.Value.Value)?.Class?.ToString()
                ?? row.Class.Code.Parent!.Value.Value;
            yield return new Finding(FindingSeverity.Inconsistency, table.Source.Title, row.Line,
                $"running costs {row.Class} sit under {section}, outside the unit's main function {main.Class}",
                $"under {main.Class}", $"under {section}") { RuleId = "identity.running-costs-placement" };
        }
    }
}
