namespace BudgetLedger.Domain.Checks;

public static partial class RuleCatalogue
{
    private static IReadOnlyList<Rule> TextTableRules =>
    [
        new("text-table.three-public-completion", RuleKind.TextTable, "The notes' “三公”经费 完成全年预算的 X% equals "
            + "the 三公 table's actual ÷ budget.", "0.01 percentage points"),
        new("text-table.total", RuleKind.TextTable, "A 收入总计, 支出总计 or 收支总预算 the notes state (of the "
            + "unit or of 财政拨款) equals the summary table's.", Rounding),
        new("text-table.three-public-item", RuleKind.TextTable, "A “三公”经费 figure the notes state (the total, "
            + "因公出国（境）费, 公务用车购置/运行, 公务接待费; 预算 in a budget, 决算 in final accounts) equals the "
            + "三公 table's.", Rounding),
        new("text-table.agency-operating-costs", RuleKind.TextTable, "The 机关运行经费 the notes state equals the "
            + "tables'.", Rounding),
        new("text-table.procurement", RuleKind.TextTable, "The 政府采购 total and its 货物/工程/服务 parts the notes "
            + "state equal the tables'.", Rounding),
        new("text-table.functional-class", RuleKind.TextTable, "A 类 the notes name by its standard name equals the "
            + "sum of that 类's 一般公共预算 items in the tables (appropriated in a budget, executed in final "
            + "accounts); skipped for a sentence about 基本支出 or 项目支出, and when the 类 has other money.",
            "half a unit of the notes' last digit plus 0.005 per table item; within it, no finding"),
        new("text-table.expenditure-kind", RuleKind.TextTable, "The 基本支出 or 项目支出 the notes state equals the "
            + "sum of the tables' items of that kind, where those items are all 一般公共预算 and add up to the summary "
            + "table's 本年支出合计; skipped in a sentence about 绩效.", "half a unit of the notes' last digit plus "
            + "0.005 per table item; within it, no finding"),
        new("text-table.share", RuleKind.TextTable, "A share the notes state of the 本年收入合计 or 本年支出合计 they "
            + "name (…万元，占本年支出合计的X%) is that figure ÷ the summary table's total.",
            Percentage),
        new("text-table.basic-expenditure-component", RuleKind.TextTable, "The 人员经费 or 公用经费 the notes state "
            + "equals the sum of the 基本支出 table's items of that part (budgeted; in final accounts each item's "
            + "其中：基本支出).", "half a unit of the notes' last digit plus 0.005 per table item; within it, no "
            + "finding"),
    ];
}
