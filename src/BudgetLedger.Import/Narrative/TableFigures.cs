using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// The table figure a stated subject names, when it names exactly one: totals of the summary tables, 三公 items,
/// 机关运行经费, 政府采购, 类, 基本/项目, 人员/公用经费. Any other subject, and a subject the tables do not carry,
/// maps to nothing.
/// </summary>
public sealed partial class TableFigures(IReadOnlyList<IBudgetEvent> events, DocumentKind kind)
{
    public const string TotalRule = "text-table.total";
    public const string ThreePublicRule = "text-table.three-public-item";
    public const string OperatingCostsRule = "text-table.agency-operating-costs";
    public const string ProcurementRule = "text-table.procurement";

    private readonly Basis _basis = kind == DocumentKind.BudgetDisclosure ? Basis.Budget : Basis.Actual;

    public TableFigure? For(string subject) =>
        Total(subject) ?? ThreePublic(subject) ?? OperatingCosts(subject) ?? Procurement(subject)
            ?? FunctionalCategories.For(subject, events, kind) ?? ExpenditureKinds.For(subject, events, kind)
            ?? BasicExpenditureComponents.For(subject, events, kind);

    private TableFigure? Total(string subject)
    {
        if (TotalSubject().Match(subject) is not { Success: true } m)
        {
            return null;
        }

        var fiscal = m.Groups["fiscal"].Success;
        var label = m.Groups["total"].Value is "收支总预算" or "收入支出总计" ? "收入总计"
            : m.Groups["total"].Value.Replace("预算", "", StringComparison.Ordinal);
        TableKind[] kinds = fiscal
            ? [TableKind.FiscalAppropriationSummary, TableKind.FinalAccountsFiscalAppropriationSummary]
            : [TableKind.BudgetSummary, TableKind.FinalAccountsSummary];
        var found = events.OfType<TablePublished>().Where(t => t.Kind is { } k && kinds.Contains(k))
            .Select(t => SummaryRow.Find(t, label)).OfType<Amount>().ToList();
        return found.Count == 0 ? null
            : TableFigure.Of([found[0]], TotalRule, $"{label} of the {(fiscal ? "财政拨款收支" : "收支")}总表");
    }

    private TableFigure? ThreePublic(string subject)
    {
        if (ThreePublicSubject().Match(subject) is not { Success: true } m || !BasisAgrees(m.Groups["basis"].Value)
            || events.OfType<ThreePublicExpensesStated>().FirstOrDefault(s => s.Basis == _basis) is not { } t)
        {
            return null;
        }

        var zero = Amount.TenThousandYuan(0m);
        Amount?[] terms = m.Groups["item"].Value switch
        {
            "三公经费" => [t.StatedTotal],
            "因公出国（境）费" or "因公出国(境)费" => [t.OverseasTravel],
            "公务接待费" => [t.OfficialReception],
            "公务用车购置费" => [t.OfficialVehiclePurchase],
            "公务用车购置及运行费" or "公务用车购置及运行维护费" => [t.OfficialVehiclePurchase, t.OfficialVehicleOperation],
            _ => [t.OfficialVehicleOperation],
        };
        return TableFigure.Of(terms.Select(a => a ?? zero).ToList(), ThreePublicRule,
            $"the 三公 table's {m.Groups["item"].Value} ({(_basis == Basis.Budget ? "预算" : "决算")})");
    }

    private TableFigure? OperatingCosts(string subject)
    {
        if (OperatingCostsSubject().Match(subject) is not { Success: true } m || !BasisAgrees(m.Groups["basis"].Value)
            || events.OfType<AgencyOperatingCostsStated>().Where(s => s.Basis == _basis).ToList() is not [var one])
        {
            return null;
        }

        return TableFigure.Of([one.Amount], OperatingCostsRule, "the 机关运行经费 the tables state");
    }

    private TableFigure? Procurement(string subject)
    {
        if (ProcurementSubject().Match(subject) is not { Success: true } m
            || events.OfType<GovernmentProcurementStated>().Where(s => s.Basis == _basis).ToList() is not [var p])
        {
            return null;
        }

        var item = m.Groups["item"].Value.Length > 0 ? m.Groups["item"].Value : m.Groups["item2"].Value;
        Amount[] terms = item switch
        {
            "货物" => [p.Goods],
            "工程" => [p.Works],
            "服务" => [p.Services],
            _ => [p.Goods, p.Works, p.Services],
        };
        return TableFigure.Of(terms, ProcurementRule,
            $"the 政府采购 the tables state{(item.Length > 0 ? $" ({item})" : "")}");
    }

    /// <summary>A budget's figures are 预算; a final account's figure must say 决算 (its 预算 columns vary).</summary>
    private bool BasisAgrees(string word) => _basis == Basis.Budget ? word != "决算" : word == "决算" || word == "支出";

    [GeneratedRegex(@"^(预算|部门)?(?<fiscal>财政拨款)?(?<total>收入支出总计|收支总预算|收入总计|支出总计|预算收入总计|预算支出总计)$")]
    private static partial Regex TotalSubject();

    [GeneratedRegex(@"^(?<item>三公经费|因公出国[（(]境[）)]费|公务接待费|公务用车购置及运行维护费|公务用车购置及运行费"
        + @"|公务用车购置费|公务用车运行维护费|公务用车运行费)(财政拨款)?(支出)?(?<basis>预算|决算)?数?$")]
    private static partial Regex ThreePublicSubject();

    [GeneratedRegex(@"^(财政拨款的?)?机关运行经费(?<basis>支出|预算)?数?$")]
    private static partial Regex OperatingCostsSubject();

    [GeneratedRegex(@"^政府采购(?<item>货物|工程|服务)?(支出|预算)(总额)?$|^(?<item2>货物|工程|服务)采购金额$")]
    private static partial Regex ProcurementSubject();
}
