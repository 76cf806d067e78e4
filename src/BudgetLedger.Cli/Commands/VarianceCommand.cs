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
        var unit = new Option<string>("--unit") { Description = "The unit: its code, ledger id or (part of) its "
            + "name. Its former and later names count as the same unit.", Required = true };
        var from = new Option<int>("--from") { Description = "The earlier fiscal year.", Required = true };
        var to = new Option<int>("--to") { Description = "The later fiscal year.", Required = true };
        var format = FormatOption.Create("table", "table", "json");
        var asOf = new Option<string?>("--as-of") { Description = "As the ledger stood at a log position or time, "
            + "without touching the live read models." };
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
