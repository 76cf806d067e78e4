using System.CommandLine;
using System.Text;
using BudgetLedger.Reporting.Page;

namespace BudgetLedger.Cli.Commands;

/// <summary>`report html`: the unit's page (see <see cref="UnitPage"/>) to a file or to stdout.</summary>
public static class HtmlReportCommand
{
    public static Command Create(CliContext context)
    {
        var unit = UnitOptions.Unit();
        var output = new Option<string?>("--out") { Description = "The file to write (UTF-8); without it the page "
            + "goes to stdout." };
        var asOf = UnitOptions.AsOf();
        var command = new Command("html", "One self-contained HTML page for the unit across all its years: charts "
            + "(structure by functional class, totals year by year, 三公 by item, budget against execution), the "
            + "variance between held years, its projects traced, the tables as published and the findings. It "
            + "needs no network to open.") { unit, output, asOf };
        command.SetAction(async (parse, cancellationToken) => await ReadModels.WithUnitAndLog(context, parse,
            parse.GetValue(unit)!, parse.GetValue(asOf), async (ledger, store, view) =>
        {
            var page = await UnitPage.Render(ledger, store, view, cancellationToken);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, page, new UTF8Encoding(false), cancellationToken);
                context.Error.WriteLine($"wrote {path} ({Encoding.UTF8.GetByteCount(page):N0} bytes)");
            }
            else
            {
                context.Output.Write(page);
            }

            return CliContext.Success;
        }));
        return command;
    }
}
