using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// The notes on the 三公 figures the final accounts show spent name what they must: a reception figure above zero
/// with its batches and persons ("共接待1批次，9人次", "接待批次 1 次、接待 15 人次"), a vehicle figure above zero with
/// the vehicles kept ("公务用车保有量共2辆车", "保有量为 9 辆"). Lines are joined first: a sentence may wrap.
/// </summary>
internal static partial class ThreePublicStatements
{
    private const string Reception = "completeness.reception-batches";

    private const string Vehicles = "completeness.vehicle-count";

    public static IEnumerable<Finding> Check(DisclosureText text, IReadOnlyList<(RawTable Table, TableKind Kind)> body,
        IEnumerable<IBudgetEvent> events)
    {
        var actual = events.OfType<ThreePublicExpensesStated>().FirstOrDefault(s => s.Basis == Basis.Actual);
        if (actual is null || body.FirstOrDefault(t => t.Kind == TableKind.ThreePublicExpenses).Table is not { } table)
        {
            yield break;
        }

        var notes = text.Lines.Where(l => l.Number > table.TitleLine).ToList();
        var joined = string.Concat(notes.Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)));
        if (actual.OfficialReception is { Value: > 0m } reception
            && !(Batches().IsMatch(joined) && Persons().IsMatch(joined)))
        {
            var line = notes.LastOrDefault(l => ReceptionFigure().IsMatch(l.Text));
            yield return CompletenessChecks.Of(Reception, line is null ? table.Title : "情况说明",
                line?.Number ?? table.TitleLine, $"the 公务接待 of {reception.Value} 万元 with its 批次 and 人次",
                line is null ? "no statement on 公务接待" : $"no count of batches and persons (page {line.Page})");
        }

        var vehicles = (actual.OfficialVehiclePurchase?.Value ?? 0m) + (actual.OfficialVehicleOperation?.Value ?? 0m);
        if (vehicles > 0m && !Kept().IsMatch(joined))
        {
            var line = notes.LastOrDefault(l => VehicleFigure().IsMatch(l.Text));
            yield return CompletenessChecks.Of(Vehicles, line is null ? table.Title : "情况说明",
                line?.Number ?? table.TitleLine, $"the vehicles behind the 公务用车 figures ({vehicles} 万元) counted "
                + "in 辆", line is null ? "no statement on 公务用车" : $"no count of vehicles (page {line.Page})");
        }
    }

    [GeneratedRegex(@"接待[^。]{0,20}?(\d+批次|批次\d+)")]
    private static partial Regex Batches();

    [GeneratedRegex(@"接待[^。]{0,30}?\d+人次")]
    private static partial Regex Persons();

    [GeneratedRegex(@"保有量[^。\d]{0,6}\d+辆")]
    private static partial Regex Kept();

    [GeneratedRegex(@"公务接待费?支出\s*[\d.]+\s*万")]
    private static partial Regex ReceptionFigure();

    [GeneratedRegex(@"公务用车(购置及)?运行(维护)?费?支出\s*[\d.]+\s*万")]
    private static partial Regex VehicleFigure();
}
