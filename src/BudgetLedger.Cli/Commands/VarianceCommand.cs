using BudgetLedger.Reporting.Rendering;
using System.CommandLine;
using BudgetLedger.Reporting.Reports;
using BudgetLedger.Reporting.Variance;
using BudgetLedger.Cli.Output;

namespace BudgetLedger.Cli.Commands;

public static class VarianceCommand
{
    public static Command Create(CliContext context)
    {
        var unit = UnitOptions.Unit();
        var from = new Option<int>("--from") { Description = "The earlier fiscal year.", Required = true };
        var to = new Option<int>("--to") { Description = "The later fiscal year.", Required = true };
        var format = FormatOption.Create("table", "table", "json");
        var asOf = UnitOptions.AsOf();
        var command = new Command("variance", "Why a unit's budget changed between two years: each line and project, "
            + "the events behind the change (new, ended, transfer, adjustment, rename) and the unit's own reasons "
            + "reconciled, with what they leave unexplained.")
        {
            unit, from, to, format, asOf,
        };
        command.SetAction(async (parse, _) =>
        {
            YearRange.CheckShape(parse.GetValue(from), parse.GetValue(to), allowSame: false);
            return await ReadModels.WithUnit(context, parse, parse.GetValue(unit)!, parse.GetValue(asOf), (store,
                view) =>
            {
                if (YearRange.Outside(parse.GetValue(from), parse.GetValue(to), store.Years()) is { } outside)
                {
                    context.Error.WriteLine($"error: {outside}");
                    return CliContext.Failure;
                }

                var variance = VarianceAnalysis.Build(view.UnitId, parse.GetValue(from), parse.GetValue(to),
                    id => store.Unit(id));
                context.Output.Write(parse.GetValue(format) == "json"
                    ? AnswerJson.Of(variance)
                    : ReportRenderer.Render(VarianceReport.Build(variance), "table"));
                return CliContext.Success;
            });
        });
        return command;
    }
}
