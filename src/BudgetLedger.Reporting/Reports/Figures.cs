using System.Globalization;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Reports;

/// <summary>Formatting and the functional-class hierarchy the reports share.</summary>
internal static class Figures
{
    public static string Wan(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    /// <summary>
    /// Rows 合计, then every category, section and item holding figures, in code order; each column is the
    /// sum of the leaf figures it selects under that code (blank where none).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> ClassRows(IReadOnlyDictionary<string, string> names,
        IReadOnlyList<ClassFigure> figures, params Func<ClassFigure, bool>[] columns)
    {
        var codes = figures.Where(f => f.Code.Length > 0).Select(f => f.Code)
            .SelectMany(c => FunctionalClassCode.Parse(c).SelectAndAncestors())
            .Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var rows = new List<IReadOnlyList<string>> { Row("", "合计", figures, columns) };
        foreach (var code in codes)
        {
            var under = figures.Where(f => f.Code.StartsWith(code, StringComparison.Ordinal)).ToList();
            rows.Add(Row(code, Name(names, figures, code), under, columns));
        }

        return rows;
    }

    private static IEnumerable<string> SelectAndAncestors(this FunctionalClassCode code) =>
        code.SelfAndAncestors().Select(c => c.Value);

    private static List<string> Row(string code, string name, IReadOnlyList<ClassFigure> figures,
        Func<ClassFigure, bool>[] columns) =>
        [code, name, .. columns.Select(c =>
            figures.Where(c).Select(f => (decimal?)f.Amount).DefaultIfEmpty().Sum() is { } s && figures.Any(c)
                ? Wan(s) : "")];

    private static string Name(IReadOnlyDictionary<string, string> names, IReadOnlyList<ClassFigure> figures,
        string code) =>
        names.GetValueOrDefault(code) ?? figures.FirstOrDefault(f => f.Code == code)?.Name
        ?? FunctionalClass.StandardCategoryName(FunctionalClassCode.Parse(code)) ?? "";
}
