namespace BudgetLedger.Import.Validation;

/// <summary>
/// Agreement between tables of one document, on the events they produced: the project tables sum to the
/// 项目支出 of the appropriation table (本年预算) and of the carryover (上年结转). Compared in 万元, exactly.
/// </summary>
public static class CrossTableChecks
{
    public static IEnumerable<Finding> Check(IReadOnlyList<IBudgetEvent> events)
    {
        var projects = events.OfType<ProjectDeclared>().ToList();
        var appropriated = events.OfType<BudgetAppropriated>()
            .Where(a => a.ExpenditureKind == ExpenditureKind.ProjectExpenditure).Select(a => Wan(a.Amount));
        var carried = events.OfType<CarryoverBroughtForward>()
            .Where(c => c.ExpenditureKind == ExpenditureKind.ProjectExpenditure).Select(c => Wan(c.Amount));
        foreach (var (funding, spent, label, rule) in new[]
        {
            (ProjectFunding.CurrentYear, appropriated, "项目支出预算表（本年预算） = 一般公共预算支出表 项目支出",
                "cross-table.projects-current-year"),
            (ProjectFunding.Carryover, carried, "项目支出预算表（上年结转） = 上年结转 项目支出",
                "cross-table.projects-carryover"),
        })
        {
            var declared = projects.Where(p => p.Funding == funding).Select(p => (decimal?)Wan(p.Amount)).ToList();
            var total = spent.ToList();
            if (declared.Count > 0 && Identity.Check("项目支出预算表", 0, label, total.Sum(), declared) is { } finding)
            {
                yield return finding with { RuleId = rule };
            }
        }
    }

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;
}
