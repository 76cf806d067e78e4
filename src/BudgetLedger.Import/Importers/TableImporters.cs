namespace BudgetLedger.Import.Importers;

/// <summary>Every table importer, in the order they run.</summary>
public static class TableImporters
{
    public static IReadOnlyList<ITableImporter> All { get; } =
    [
        new BudgetClassTablesImporter(),
        new SummaryTablesImporter(),
        new EmptyTablesImporter(),
        new BasicExpenditureImporter(),
        new ThreePublicExpensesImporter(),
        new AgencyOperatingCostsImporter(),
        new ProjectTablesImporter(),
        new PerformanceTargetsImporter(),
        new FinalAccountsSummaryImporter(),
        new FinalAccountsExpenditureImporter(),
        new FinalAccountsDetailImporter(),
        new FinalAccountsBasicExpenditureImporter(),
        new FinalAccountsRelatedInformationImporter(),
        new PerformanceSelfEvaluationImporter(),
    ];
}
