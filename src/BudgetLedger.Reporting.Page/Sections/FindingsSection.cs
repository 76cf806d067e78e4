using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>The findings recorded at import against each held year.</summary>
internal static class FindingsSection
{
    public static string Write(UnitYears unit) =>
        Section.Write("findings", "校验发现", unit.Held.SelectMany(h => FindingsReport.Build(h.Unit, h.Year))
            .Select(HtmlTable.Write), "账本中无该单位的公开文件");
}
