using BudgetLedger.Reporting.Rendering;
using System.Globalization;
using BudgetLedger.Reporting.Reports;

namespace BudgetLedger.Reporting.Variance;

/// <summary>
/// A <see cref="VarianceView"/> as tables a person can follow: totals and their basis, the reconciliation,
/// projects, lines, events, stated reasons.
/// </summary>
public static class VarianceReport
{
    public static IReadOnlyList<ReportTable> Build(VarianceView v)
    {
        string Y(int year) => $"{year}年";
        return
        [
            new($"{v.Unit}: {Y(v.From.Year)} → {Y(v.To.Year)} 预算变动", ["年度", "状态", "收支总计", "依据"],
                [Total(v.From), Total(v.To)]),
            new("变动与单位说明的核对", ["项目", "金额"],
            [
                ["变动合计（计算）", Wan(v.Reconciliation.Computed, "无法计算（缺年度）")],
                ["单位说明的原因合计", Wan(v.Reconciliation.Stated)],
                ["未解释差额", Wan(v.Reconciliation.Residual, "无法计算")],
            ]),
            new("项目变动", ["项目名称", Y(v.From.Year), Y(v.To.Year), "变动", "归因", "名称匹配", "单位说明"],
                v.Projects.Select(p => (IReadOnlyList<string>)[p.Name,
                    Wan(p.From, "缺") + (p.FromDerived ? "（推算）" : ""), Wan(p.To, "缺"), Wan(p.Change, ""),
                    p.Attribution, p.Match ?? "", string.Join(" / ", p.Reasons)]).ToList()),
            new("科目变动", ["科目编码", "科目名称", Y(v.From.Year), Y(v.To.Year), "变动", "归因"],
                v.Lines.Select(l => (IReadOnlyList<string>)[l.Code, l.Name, Wan(l.From, "缺"), Wan(l.To, "缺"),
                    Wan(l.Change, ""), l.Attribution]).ToList()),
            new("记录的变动事件", ["年度", "类型", "说明", "金额"],
                v.Events.Select(e => (IReadOnlyList<string>)[Y(e.Year), e.Kind, e.Description, Wan(e.Amount, "")])
                    .ToList()),
            new("单位说明的变动原因", ["对象类别", "对象", "类型", "金额", "上年数（推算）"],
                v.Reasons.Select(r => (IReadOnlyList<string>)[r.SubjectKind.ToString(), r.Subject, r.Kind.ToString(),
                    Wan(r.Signed), Wan(r.ImpliedPriorYear, "")]).ToList()),
        ];
    }

    private static IReadOnlyList<string> Total(YearTotal t) =>
        [$"{t.Year}年", t.Status switch { "disclosed" => "已公开", "derived" => "推算", _ => "缺失" }, Wan(t.Total, "缺"),
            t.Basis];

    private static string Wan(decimal? value, string missing = "") =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : missing;
}
