using BudgetLedger.Reporting.Rendering;
using System.CommandLine;
using BudgetLedger.Reporting.Reports;
using BudgetLedger.Reporting.Trace;
using BudgetLedger.Cli.Output;

namespace BudgetLedger.Cli.Commands;

public static class TraceCommand
{
    public static Command Create(CliContext context)
    {
        var unit = new Option<string?>("--unit") { Description = "The unit: code, ledger id or (part of) its name; "
            + "its former and later names count. Required with --line." };
        var line = new Option<string?>("--line") { Description = "A functional class code (3, 5 or 7 digits): every "
            + "figure under it." };
        var project = new Option<string?>("--project") { Description = "A project name, matched across years by a "
            + "normalised name or a recorded alias." };
        var from = new Option<int>("--from") { Description = "The first fiscal year.", Required = true };
        var to = new Option<int>("--to") { Description = "The last fiscal year.", Required = true };
        var format = FormatOption.Create("table", "table", "json");
        var asOf = new Option<string?>("--as-of") { Description = "Only the events up to a log position or time." };
        var command = new Command("trace", "The chain of events that moved a line or a project between two years, "
            + "each with its provenance, following renames and function transfers across units.")
        {
            unit, line, project, from, to, format, asOf,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (wantedLine, wantedProject, wantedUnit) = (parse.GetValue(line), parse.GetValue(project),
                parse.GetValue(unit));
            if ((wantedLine is null) == (wantedProject is null) || (wantedLine is not null && wantedUnit is null))
            {
                context.Error.WriteLine("error: give --line CODE with --unit, or --project NAME (optionally with "
                    + "--unit)");
                return LedgerCli.UsageError;
            }

            YearRange.CheckShape(parse.GetValue(from), parse.GetValue(to), allowSame: true);

            return await ReadModels.With(context, parse, parse.GetValue(asOf), store =>
            {
                var unitId = wantedUnit is null ? null : ReadModels.Find(context, store, wantedUnit,
                    parse.GetValue(asOf));
                if (wantedUnit is not null && unitId is null)
                {
                    return CliContext.Failure;
                }

                if (YearRange.Outside(parse.GetValue(from), parse.GetValue(to), store.Years()) is { } outside)
                {
                    context.Error.WriteLine($"error: {outside}");
                    return CliContext.Failure;
                }

                var trace = wantedLine is not null
                    ? TraceAnalysis.Line(store, wantedLine, unitId!, parse.GetValue(from), parse.GetValue(to))
                    : TraceAnalysis.Project(store, wantedProject!, unitId, parse.GetValue(from), parse.GetValue(to));
                context.Output.Write(parse.GetValue(format) == "json"
                    ? AnswerJson.Of(trace)
                    : ReportRenderer.Render(TraceReport.Build(trace), "table"));
                return CliContext.Success;
            });
        });
        return command;
    }

}
