namespace BudgetLedger.Exports.Csv;

/// <summary>The csv export: one file per read model, in a fixed order.</summary>
public static class ReadModelCsv
{
    public static IReadOnlyList<ExportFile> Files(ExportInput input) =>
    [
        .. UnitTables.All(input),
        .. FigureTables.All(input),
        .. ChangeTables.All(input),
        .. PerformanceTables.All(input),
        .. PublishedTables.All(input),
    ];
}
