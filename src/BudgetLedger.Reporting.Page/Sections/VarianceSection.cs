using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>Each variance as the `variance` command's tables: totals, reconciliation, projects, lines.</summary>
internal static class VarianceSection
{
    public static string Write(IReadOnlyList<VarianceView> variances) =>
        Section.Write("variance", "预算变动分析", variances.Select(v =>
            Section.Part($"{v.From.Year}年 → {v.To.Year}年", VarianceReport.Build(v))), "账本中只有该单位一个年度，无从比较");
}
