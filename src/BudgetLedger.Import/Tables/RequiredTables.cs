namespace BudgetLedger.Import.Tables;

/// <summary>
/// The tables every disclosure of a kind publishes. One missing means the text is truncated or is not a
/// whole disclosure, and it is refused rather than imported in part.
/// </summary>
public static class RequiredTables
{
    /// <summary>
    /// Each entry is one required table; where a layout prints one of several tables in its place, any of them.
    /// </summary>
    private static readonly TableKind[][] Budget =
    [
        [TableKind.BudgetSummary], [TableKind.RevenueSummary], [TableKind.ExpenditureSummary],
        [TableKind.FiscalAppropriationSummary],
        [TableKind.GeneralPublicBudgetExpenditure],
        [TableKind.BasicExpenditureByEconomicClass, TableKind.GeneralPublicBudgetByEconomicClass],
        [TableKind.ThreePublicExpenses],
    ];

    private static readonly TableKind[][] FinalAccounts =
    [
        [TableKind.FinalAccountsSummary], [TableKind.FinalAccountsFiscalAppropriationSummary],
        [TableKind.FinalAccountsGeneralPublicBudgetExpenditure],
        [TableKind.FinalAccountsGeneralPublicBudgetDetail, TableKind.FinalAccountsBasicExpenditure],
        [TableKind.ThreePublicExpenses],
    ];

    public static void Check(string file, DocumentKind kind, IReadOnlySet<TableKind> present)
    {
        var missing = (kind == DocumentKind.BudgetDisclosure ? Budget
            : FinalAccounts).Where(any => !any.Any(present.Contains)).Select(any => any[0]).ToList();
        if (missing.Count > 0)
        {
            throw new ImportException(file, null, null, $"the disclosure lacks its "
                + $"{string.Join("、", missing.Select(TableKindNames.Of))}: truncated, or not a whole disclosure of "
                + "its kind");
        }
    }
}
