using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// 人员经费 or 公用经费 the prose states against the sum of the 基本支出 table's items of that part: budgeted in a
/// budget (where the table prints the two columns), the 其中：基本支出 of each executed item in final accounts.
/// </summary>
public static partial class BasicExpenditureComponents
{
    public const string Rule = "text-table.basic-expenditure-component";

    public static TableFigure? For(string subject, IReadOnlyList<IBudgetEvent> events, DocumentKind kind)
    {
        if (Subject().Match(subject) is not { Success: true } m)
        {
            return null;
        }

        var wanted = m.Groups["part"].Value == "人员经费" ? BasicExpenditureComponent.PersonnelCosts
            : BasicExpenditureComponent.OperatingCosts;
        var items = kind == DocumentKind.BudgetDisclosure
            ? events.OfType<BasicExpenditureBudgeted>().Where(e => e.Basis == Basis.Budget)
                .Select(e => (e.Component, (Amount?)e.Amount)).ToList()
            : events.OfType<EconomicExpenditureExecuted>().Select(e => (e.Component, e.OfWhichBasic)).ToList();
        var terms = items.Where(i => i.Component == wanted).Select(i => i.Item2).OfType<Amount>().ToList();
        return items.Count == 0 ? null
            : TableFigure.Of(terms, Rule, $"the sum of the 基本支出 table's {m.Groups["part"].Value} items");
    }

    [GeneratedRegex(@"^(一般公共预算)?(财政拨款)?(基本支出)?(?<part>人员经费|公用经费)(支出)?(预算|决算)?数?$")]
    private static partial Regex Subject();
}
