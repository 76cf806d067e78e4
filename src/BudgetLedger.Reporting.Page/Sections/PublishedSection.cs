using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>Every table of each held year's documents exactly as printed (each row's page and line on hover).</summary>
internal static class PublishedSection
{
    public static string Write(UnitYears unit) =>
        Section.Write("published", "公开表格（原样）", unit.Held.Select(h =>
            Section.Part($"{h.Year}年 {h.Unit.Name}", PublishedReport.Build(h.Unit, h.Year))), "账本中无该单位的公开文件");
}
