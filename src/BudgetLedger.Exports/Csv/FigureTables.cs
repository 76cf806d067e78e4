using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports.Csv;

/// <summary>The typed figures of each year, one file per kind, amounts in 万元 as stored.</summary>
public static class FigureTables
{
    private static readonly Column AmountUnit = new("amount_unit");

    public static IEnumerable<ExportFile> All(ExportInput input)
    {
        yield return new CsvTable("functional-class-figures.csv", YearKey.And(new("source"), new("code"),
                new("name"), new("fund_source"), new("expenditure_kind"), Column.Number("amount"), AmountUnit),
            YearKey.Rows(input, ClassFigures, f => [f.Source.ToString(), f.Code, f.Name, Fields.Of(f.FundSource),
                Fields.Of(f.Kind), Fields.Of(f.Amount), Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("economic-class-figures.csv", YearKey.And(new("phase"), new("code"), new("name"),
                new("component"), Column.Number("amount"), Column.Number("of_which_basic"), AmountUnit),
            YearKey.Rows(input, EconomicFigures, f => [f.Phase, f.Figure.Code, f.Figure.Name,
                f.Figure.Component.ToString(), Fields.Of(f.Figure.Amount), Fields.Of(f.Figure.OfWhichBasic),
                Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("revenue.csv", YearKey.And(new("revenue"), Column.Number("amount"), AmountUnit),
            YearKey.Rows(input, y => y.Revenue.OrderBy(r => r.Key, StringComparer.Ordinal),
                r => [r.Key, Fields.Of(r.Value), Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("projects.csv", YearKey.And(new("project"), new("funding"), Column.Number("amount"),
                AmountUnit),
            YearKey.Rows(input, y => y.Projects, p => [p.Name, p.Funding.ToString(), Fields.Of(p.Amount),
                Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("three-public-expenses.csv", YearKey.And(new("phase"),
                Column.Number("overseas_travel"), Column.Number("official_vehicle_purchase"),
                Column.Number("official_vehicle_operation"), Column.Number("official_reception"),
                Column.Number("total"), AmountUnit),
            YearKey.Rows(input, y => Phases.Stated(y.ThreePublicBudget, y.ThreePublicActual), t => [t.Phase,
                Fields.Of(t.Figures.OverseasTravel), Fields.Of(t.Figures.VehiclePurchase),
                Fields.Of(t.Figures.VehicleOperation), Fields.Of(t.Figures.Reception), Fields.Of(t.Figures.Total),
                Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("procurement.csv", YearKey.And(new("phase"), Column.Number("goods"),
                Column.Number("works"), Column.Number("services"), AmountUnit),
            YearKey.Rows(input, y => Phases.Stated(y.ProcurementBudget, y.ProcurementActual), p => [p.Phase,
                Fields.Of(p.Figures.Goods), Fields.Of(p.Figures.Works), Fields.Of(p.Figures.Services),
                Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("assets.csv", YearKey.And(new("item"), Column.Number("quantity"),
                Column.Number("value"), new("value_unit")),
            YearKey.Rows(input, y => y.Assets, a => [a.Item, Fields.Of(a.Quantity), Fields.Of(a.Value),
                Fields.TenThousandYuan])).ToFile();
    }

    /// <summary>Appropriations and carryovers (the budget), then executions (the final accounts).</summary>
    public static IEnumerable<ClassFigure> ClassFigures(YearView y) =>
        y.Appropriations.Concat(y.Carryovers).Concat(y.Executions);

    /// <summary>Basic expenditure by economic class: the budget's, then the final accounts'.</summary>
    public static IEnumerable<(string Phase, EconomicFigure Figure)> EconomicFigures(YearView y) =>
        y.BasicBudget.Select(f => (Phases.Budget, f)).Concat(y.EconomicExecutions.Select(f => (Phases.Final, f)));
}
