namespace BudgetLedger.Exports.Csv;

/// <summary>
/// Projects' declared performance funds (绩效目标, in 元 as the project tables print them) and their
/// self-evaluations (绩效自评, in 万元).
/// </summary>
public static class PerformanceTables
{
    public static IEnumerable<ExportFile> All(ExportInput input)
    {
        yield return new CsvTable("performance-targets.csv", YearKey.And(new("project"), new("project_kind"),
                Column.Number("total_funds"), Column.Number("annual_funds"), Column.Integer("targets"),
                new("amount_unit")),
            YearKey.Rows(input, y => y.Targets, t => [t.Project, Fields.Of(t.Kind), Fields.Of(t.TotalFunds),
                Fields.Of(t.AnnualFunds), Fields.Of(t.Targets.Count), "元"])).ToFile();
        yield return new CsvTable("performance-evaluations.csv", YearKey.And(new("project"),
                Column.Number("full_year_budget"), Column.Number("executed"), Column.Number("rate_percent"),
                Column.Number("score"), new("amount_unit")),
            YearKey.Rows(input, y => y.Evaluations, e => [e.Project, Fields.Of(e.FullYearBudget),
                Fields.Of(e.Executed), Fields.Of(e.RatePercent), Fields.Of(e.Score), Fields.TenThousandYuan]))
            .ToFile();
        yield return new CsvTable("performance-target-indicators.csv", YearKey.And(new("project"), new("category"),
                new("indicator"), new("target")),
            YearKey.Rows(input, y => y.Targets.SelectMany(t => t.Targets.Select(i => (t.Project, Indicator: i))),
                t => [t.Project, t.Indicator.Category, t.Indicator.Indicator, t.Indicator.Target])).ToFile();
        yield return new CsvTable("performance-evaluation-indicators.csv", YearKey.And(new("project"), new("level"),
                new("indicator"), Column.Number("weight"), Column.Number("score")),
            YearKey.Rows(input, y => y.Evaluations.SelectMany(e => e.Indicators.Select(i => (e.Project, Indicator: i))),
                e => [e.Project, e.Indicator.Level, e.Indicator.Text, Fields.Of(e.Indicator.Weight),
                    Fields.Of(e.Indicator.Score)])).ToFile();
    }
}
