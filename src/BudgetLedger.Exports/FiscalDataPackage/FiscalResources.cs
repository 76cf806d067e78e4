using BudgetLedger.Exports.Csv;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports.FiscalDataPackage;

/// <summary>
/// The package's CSV resources: spending by functional class, basic spending by economic class, and revenue. A row's
/// figure is in the column of its phase (budget_amount: 预算, executed_amount: 决算); the other is blank.
/// </summary>
public static class FiscalResources
{
    public const string Functional = "functional-lines";
    public const string Economic = "economic-lines";
    public const string Revenue = "revenue-lines";

    private static readonly Column[] UnitColumns =
        [new("unit_id"), new("unit_code"), new("unit_name"), Column.Year("fiscal_year")];

    public static IReadOnlyList<CsvTable> All(ExportInput input) =>
    [
        new(Functional + ".csv", [.. UnitColumns, new("functional_code"), new("functional_name"),
                .. FunctionalLevels.Names.SelectMany(l => new Column[] { new($"{l}_code"), new($"{l}_name") }),
                new("fund_source"), new("expenditure_kind"), new("figure"), Column.Number("budget_amount"),
                Column.Number("executed_amount")],
            Rows(input, FigureTables.ClassFigures, (y, f) => [f.Code, f.Name, .. FunctionalLevels.Of(y, f),
                Fields.Of(f.FundSource), Fields.Of(f.Kind), f.Source.ToString(),
                .. ByPhase(f.Source == ClassFigureSource.Execution, f.Amount)])),
        new(Economic + ".csv", [.. UnitColumns, new("economic_code"), new("economic_name"), new("component"),
                Column.Number("budget_amount"), Column.Number("executed_amount"),
                Column.Number("executed_basic_amount")],
            Rows(input, FigureTables.EconomicFigures, (_, e) => [e.Figure.Code, e.Figure.Name,
                e.Figure.Component.ToString(), .. ByPhase(e.Phase == Phases.Final, e.Figure.Amount),
                Fields.Of(e.Figure.OfWhichBasic)])),
        new(Revenue + ".csv", [.. UnitColumns, new("revenue"), Column.Number("executed_amount")],
            Rows(input, y => y.Revenue.OrderBy(r => r.Key, StringComparer.Ordinal),
                (_, r) => [r.Key, Fields.Of(r.Value)])),
    ];

    private static IEnumerable<string> ByPhase(bool executed, decimal? amount) =>
        executed ? ["", Fields.Of(amount)] : [Fields.Of(amount), ""];

    private static IReadOnlyList<IReadOnlyList<string>> Rows<T>(ExportInput input, Func<YearView, IEnumerable<T>> items,
        Func<YearView, T, IEnumerable<string>> fields) =>
        input.UnitYears().SelectMany(y => items(y.View).Select(item => (IReadOnlyList<string>)[y.Unit.UnitId,
            y.Unit.Code ?? "", y.Unit.Name ?? "", Fields.Of(y.Year), .. fields(y.View, item)])).ToList();
}
