using BudgetLedger.Reporting.Rendering;
using System.Globalization;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// A <see cref="TraceView"/> as two tables: the figure year by year with its basis, then the events that moved it.
/// </summary>
public static class TraceReport
{
    public static IReadOnlyList<ReportTable> Build(TraceView t) =>
    [
        new($"{t.Subject}: 逐年数额（单位: {string.Join("、", t.Units)}）", ["年度", "单位", "金额", "状态", "依据"],
            t.Years.Select(y => (IReadOnlyList<string>)[$"{y.Year}年", y.Unit ?? "", Wan(y.Amount, "缺"),
                y.Status switch { "disclosed" => "已公开", "derived" => "推算", "absent" => "未列", _ => "缺失" },
                y.Basis]).ToList()),
        new("变动经过（按账本顺序）", ["位置", "年度", "单位", "类型", "内容", "金额", "名称匹配", "来源"],
            t.Steps.Select(s => (IReadOnlyList<string>)[s.Position.ToString(CultureInfo.InvariantCulture),
                $"{s.Year}年", s.Unit, s.Kind, s.Description, Wan(s.Amount, ""), s.Match ?? "", s.Provenance])
                .ToList()),
    ];

    private static string Wan(decimal? value, string missing) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : missing;
}
