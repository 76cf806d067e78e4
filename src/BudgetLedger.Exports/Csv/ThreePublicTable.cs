using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports.Csv;

/// <summary>three-public-expenses.csv: "三公"经费 as budgeted and as spent, each part as stated.</summary>
public static class ThreePublicTable
{
    public static ExportFile Of(ExportInput input) =>
        new CsvTable("three-public-expenses.csv", YearKey.And(new("phase"), Column.Number("overseas_travel"),
                Column.Number("official_vehicle_purchase"), Column.Number("official_vehicle_operation"),
                Column.Number("official_reception"), Column.Number("total"), new("amount_unit")),
            YearKey.Rows(input, Stated, t => [t.Phase, Fields.Of(t.Figures.OverseasTravel),
                Fields.Of(t.Figures.VehiclePurchase), Fields.Of(t.Figures.VehicleOperation),
                Fields.Of(t.Figures.Reception), Fields.Of(t.Figures.Total), Fields.TenThousandYuan])).ToFile();

    private static IEnumerable<(string Phase, ThreePublicFigures Figures)> Stated(YearView y)
    {
        if (y.ThreePublicBudget is { } budget)
        {
            yield return (Phases.Budget, budget);
        }

        if (y.ThreePublicActual is { } actual)
        {
            yield return (Phases.Final, actual);
        }
    }
}
