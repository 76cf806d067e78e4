using BudgetLedger.Domain.Classification;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports.FiscalDataPackage;

/// <summary>
/// A functional class figure's 类/款/项 as codes and the names the year's documents printed for them (blank where a
/// level is below the figure's own, or where no document named it).
/// </summary>
public static class FunctionalLevels
{
    public static readonly string[] Names = ["category", "section", "item"];

    public static IEnumerable<string> Of(YearView year, ClassFigure figure)
    {
        FunctionalClassCode.TryParse(figure.Code, out var code);
        var levels = code.Value is null ? [] : code.SelfAndAncestors().Reverse().ToList();
        for (var i = 0; i < Names.Length; i++)
        {
            var level = i < levels.Count ? levels[i].Value : null;
            yield return level ?? "";
            yield return level is null ? ""
                : level == figure.Code ? figure.Name : year.ClassNames.GetValueOrDefault(level, "");
        }
    }
}
