namespace BudgetLedger.Exports.Csv;

/// <summary>units.csv (who) and unit-years.csv (each year's single figures and its documents).</summary>
public static class UnitTables
{
    public static IEnumerable<ExportFile> All(ExportInput input)
    {
        yield return new CsvTable("units.csv", [new("unit_id"), new("unit_code"), new("unit_name"), new("years")],
            input.Units.Select(u => (IReadOnlyList<string>)[u.UnitId, u.Code ?? "", u.Name ?? "",
                string.Join(";", u.Years.Keys.Select(Fields.Of))]).ToList()).ToFile();
        yield return new CsvTable("unit-years.csv", YearKey.And(new("documents_sha256"),
                Column.Number("agency_operating_costs_budget"), Column.Number("agency_operating_costs_actual"),
                Column.Number("surplus_distributed"), Column.Number("year_end_balance"), new("amount_unit")),
            input.UnitYears().Select(y => (IReadOnlyList<string>)[.. YearKey.Of(y.Unit, y.Year),
                string.Join(";", y.View.Documents), Fields.Of(y.View.AgencyCostsBudget),
                Fields.Of(y.View.AgencyCostsActual), Fields.Of(y.View.SurplusDistributed),
                Fields.Of(y.View.YearEndBalance), Fields.TenThousandYuan]).ToList()).ToFile();
    }
}
