using static BudgetLedger.Domain.Tables.TableKind;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// The national tables as the seeds and the corpus publish them. The core is what every document of the kind
/// prints (RequiredTables refuses a document lacking the tables the importer cannot do without; a missing core
/// table here is a finding); the order is the one every document of the kind keeps.
/// </summary>
internal static class NationalTables
{
    private const string Rule = "completeness.national-table";

    /// <summary>Each entry one table; where layouts print one of several in its place, any of them.</summary>
    private static readonly TableKind[][] BudgetCore =
    [
        [BudgetSummary], [RevenueSummary], [ExpenditureSummary], [FiscalAppropriationSummary],
        [GeneralPublicBudgetExpenditure], [BasicExpenditureByEconomicClass, GeneralPublicBudgetByEconomicClass],
        [GovernmentFundExpenditure], [ThreePublicExpenses],
    ];

    private static readonly TableKind[][] BudgetOrder =
    [
        [BudgetSummary], [RevenueSummary], [ExpenditureSummary], [FiscalAppropriationSummary],
        [GeneralPublicBudgetExpenditure], [ThreePublicExpenses],
    ];

    private static readonly TableKind[][] FinalAccountsCore =
    [
        [FinalAccountsSummary], [FinalAccountsFiscalAppropriationSummary],
        [FinalAccountsGeneralPublicBudgetExpenditure], [FinalAccountsGeneralPublicBudgetDetail,
            FinalAccountsBasicExpenditure], [ThreePublicExpenses], [FinalAccountsGovernmentFund],
    ];

    private static readonly TableKind[][] FinalAccountsOrder =
    [
        [FinalAccountsSummary], [FinalAccountsRevenue], [FinalAccountsExpenditure],
        [FinalAccountsFiscalAppropriationSummary], [FinalAccountsGeneralPublicBudgetExpenditure],
        [FinalAccountsGeneralPublicBudgetDetail, FinalAccountsBasicExpenditure], [ThreePublicExpenses],
        [FinalAccountsGovernmentFund], [FinalAccountsStateCapital],
    ];

    /// <summary>The money tables of the national list: each printed once.</summary>
    public static readonly TableKind[] Listed =
    [
        BudgetSummary, RevenueSummary, ExpenditureSummary, FiscalAppropriationSummary, GeneralPublicBudgetExpenditure,
        BasicExpenditureByEconomicClass, GeneralPublicBudgetByEconomicClass, GovernmentFundRevenue,
        GovernmentFundExpenditure, StateCapitalBudget, ThreePublicExpenses, AgencyOperatingCosts,
        FinalAccountsSummary, FinalAccountsRevenue, FinalAccountsExpenditure, FinalAccountsFiscalAppropriationSummary,
        FinalAccountsGeneralPublicBudgetExpenditure, FinalAccountsGeneralPublicBudgetDetail,
        FinalAccountsBasicExpenditure, FinalAccountsGovernmentFund, FinalAccountsStateCapital,
    ];

    public static IEnumerable<Finding> Check(DocumentKind kind, IReadOnlyList<(RawTable Table, TableKind Kind)> body)
    {
        var budget = kind == DocumentKind.BudgetDisclosure;
        var national = body.Where(t => Listed.Contains(t.Kind)).ToList();
        if (national.Count == 0)
        {
            yield break;
        }

        var first = national[0].Table;
        foreach (var any in budget ? BudgetCore : FinalAccountsCore)
        {
            if (!national.Any(t => any.Contains(t.Kind)))
            {
                yield return CompletenessChecks.Of(Rule, TableKindNames.Of(any[0]), first.TitleLine,
                    $"{TableKindNames.Of(any[0])} among the tables (from page {first.TitlePage})", "not printed");
            }
        }

        foreach (var (table, tableKind) in national.Where((t, i) => national.Take(i).Any(o => o.Kind == t.Kind
            && Same(o.Table.Title, t.Table.Title))))
        {
            yield return CompletenessChecks.Of(Rule, table.Title, table.TitleLine, "printed once",
                $"printed again on page {table.TitlePage}");
        }

        var order = budget ? BudgetOrder : FinalAccountsOrder;
        var place = national.Select(t => (t.Table, Rank: Array.FindIndex(order, any => any.Contains(t.Kind))))
            .Where(t => t.Rank >= 0).ToList();
        var inOrder = LongestInOrder(place.Select(p => p.Rank).ToList());
        for (var i = 0; i < place.Count; i++)
        {
            if (!inOrder.Contains(i) && place.Skip(i + 1).FirstOrDefault(p => p.Rank < place[i].Rank) is
                { Table: { } before })
            {
                yield return CompletenessChecks.Of(Rule, place[i].Table.Title, place[i].Table.TitleLine,
                    $"after {before.Title} (line {before.TitleLine})",
                    $"before it, on page {place[i].Table.TitlePage}");
            }
            else if (!inOrder.Contains(i) && place.Take(i).LastOrDefault(p => p.Rank > place[i].Rank) is
                { Table: { } after })
            {
                yield return CompletenessChecks.Of(Rule, place[i].Table.Title, place[i].Table.TitleLine,
                    $"before {after.Title} (line {after.TitleLine})", $"after it, on page {place[i].Table.TitlePage}");
            }
        }
    }

    /// <summary>
    /// The positions of the longest run of tables in the national order (not necessarily adjacent): the tables
    /// outside it are the ones printed out of place, so one table moved gives one finding, not one per table it passed.
    /// </summary>
    private static HashSet<int> LongestInOrder(IReadOnlyList<int> ranks)
    {
        var length = new int[ranks.Count];
        var previous = new int[ranks.Count];
        for (var i = 0; i < ranks.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                if (ranks[j] <= ranks[i] && length[j] + 1 > length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }
        }

        var kept = new HashSet<int>();
        for (var i = ranks.Count == 0 ? -1 : Array.IndexOf(length, length.Max()); i >= 0; i = previous[i])
        {
            kept.Add(i);
        }

        return kept;
    }

    private static bool Same(string a, string b) =>
        TableTitles.Core(a.Replace(" ", "", StringComparison.Ordinal))
        == TableTitles.Core(b.Replace(" ", "", StringComparison.Ordinal));
}
