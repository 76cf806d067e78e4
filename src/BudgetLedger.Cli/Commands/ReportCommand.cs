using BudgetLedger.Reporting.Rendering;
using System.CommandLine;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Reporting.Reports;

using BudgetLedger.Projections.Log;

namespace BudgetLedger.Cli.Commands;

public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var report = new Command("report", "Render a unit's budget or final accounts from the read models (brought "
            + "up to date first).");
        report.Subcommands.Add(Kind(context, "budget", "The yearly budget as the disclosure's tables: 收入总表, 支出总表, "
            + "一般公共预算支出表, 基本支出分经济科目表, 三公, 机关运行经费, 项目支出表.", BudgetReport.Build));
        report.Subcommands.Add(Kind(context, "final-accounts", "The final accounts: 收入支出决算总表, 支出决算表, 三公 budget "
            + "against actual, project self-evaluations.", FinalAccountsReport.Build));
        report.Subcommands.Add(Kind(context, "published", "Every table of the year's documents exactly as printed, "
            + "recognised or not: each row's cells in order (json adds each row's page and line).",
                PublishedReport.Build));
        report.Subcommands.Add(Kind(context, "findings", "The findings recorded at import against the unit's year: "
            + "table, line, rule, expected and found.", FindingsReport.Build));
        report.Subcommands.Add(HtmlReportCommand.Create(context));
        return report;
    }

    private static Command Kind(CliContext context, string name, string description, Func<UnitView, int,
        IReadOnlyList<ReportTable>> build)
    {
        var unit = new Option<string>("--unit") { Description = "The unit: its code (209105), its ledger id "
            + "(unit-209105) or (part of) its name.", Required = true };
        var year = new Option<int>("--year") { Description = "The fiscal year.", Required = true };
        var format = FormatOption.Create("table", "table", "json", "csv");
        var asOf = new Option<string?>("--as-of") { Description = "Show the ledger as it stood at a log position "
            + "(see `status`) or a time (ISO 8601), without touching the live read models." };
        var command = new Command(name, description) { unit, year, format, asOf };
        command.SetAction(async (parse, cancellationToken) => await ReadModels.WithUnitAndLog(context, parse,
            parse.GetValue(unit)!, parse.GetValue(asOf), async (ledger, store, view) =>
        {
            if (!ReadModels.HoldsYear(context, view, parse.GetValue(year)))
            {
                return CliContext.Failure;
            }

            var shown = await TablesAsPublished.Read(ledger, store, view, parse.GetValue(year), cancellationToken);
            context.Output.Write(ReportRenderer.Render(build(shown, parse.GetValue(year)), parse.GetValue(format)!));
            return CliContext.Success;
        }));
        return command;
    }
}
