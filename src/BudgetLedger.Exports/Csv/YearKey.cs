using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports.Csv;

/// <summary>The columns that say whose year a row is: unit_id, unit_code, fiscal_year.</summary>
public static class YearKey
{
    public static readonly IReadOnlyList<Column> Columns =
        [new("unit_id"), new("unit_code"), Column.Year("fiscal_year")];

    public static IReadOnlyList<string> Of(UnitView unit, int year) => [unit.UnitId, unit.Code ?? "", Fields.Of(year)];

    /// <summary>The key columns, then the given ones.</summary>
    public static IReadOnlyList<Column> And(params Column[] columns) => [.. Columns, .. columns];

    /// <summary>One row per item of every year: the year's key, then the item's fields.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows<T>(ExportInput input,
        Func<YearView, IEnumerable<T>> items, Func<T, IEnumerable<string>> fields) =>
        input.UnitYears().SelectMany(y => items(y.View).Select(item =>
            (IReadOnlyList<string>)[.. Of(y.Unit, y.Year), .. fields(item)])).ToList();
}
