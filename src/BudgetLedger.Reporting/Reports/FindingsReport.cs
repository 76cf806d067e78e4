using BudgetLedger.Reporting.Rendering;
using System.Globalization;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Reports;

/// <summary>
/// The findings recorded at import against a unit's year: where each document's own figures disagree.
/// </summary>
public static class FindingsReport
{
    public static IReadOnlyList<ReportTable> Build(UnitView unit, int year) =>
    [
        new($"{year}年校验发现", ["文件", "表", "行", "规则", "应为", "实为"],
            unit.Year(year).Findings.Select(f => (IReadOnlyList<string>)[f.DocumentSha256[..12], f.Table,
                f.Line.ToString(CultureInfo.InvariantCulture), f.Rule, f.Expected, f.Actual]).ToList()),
    ];
}
