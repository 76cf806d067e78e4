using BudgetLedger.Reporting.Rendering;
using System.CommandLine;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.Reporting.Reports;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Reporting.Trace;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

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

            string? unitId = null;
            if (wantedUnit is not null)
            {
                var found = await ReadModels.WithUnit(context, parse, wantedUnit, parse.GetValue(asOf), (_, view) =>
                {
                    unitId = view.UnitId;
                    return CliContext.Success;
                });
                if (found != CliContext.Success)
                {
                    return found;
                }
            }

            await using var ledger = context.OpenExisting(parse);
            if (ledger is null)
            {
                return CliContext.Failure;
            }

            var stop = parse.GetValue(asOf) is { } point ? ReadModels.AsOf(point)
                : new Projections.Engine.ProjectionOptions();
            var log = new List<TracedEvent>();
            await foreach (var e in ledger.ReadAll(cancellationToken: cancellationToken))
            {
                if (e.Position.Commit > (stop.StopAtPosition ?? ulong.MaxValue) || e.RecordedAt > (stop.StopAtTime
                    ?? DateTimeOffset.MaxValue))
                {
                    break;
                }

                if (EventSerializer.Default.Map.TryGetType(e.Type, out _))
                {
                    log.Add(new TracedEvent(e.Position.Commit, StoredEvent.Decode(e), StoredEvent.Metadata(e)));
                }
            }

            if (YearRange.Outside(parse.GetValue(from), parse.GetValue(to),
                log.Select(e => e.Metadata.Effective.FiscalYear.Value).ToHashSet()) is { } outside)
            {
                context.Error.WriteLine($"error: {outside}");
                return CliContext.Failure;
            }

            var trace = wantedLine is not null
                ? TraceAnalysis.Line(log, wantedLine, unitId!, parse.GetValue(from), parse.GetValue(to))
                : TraceAnalysis.Project(log, wantedProject!, unitId, parse.GetValue(from), parse.GetValue(to));
            context.Output.Write(parse.GetValue(format) == "json"
                ? JsonConvert.SerializeObject(trace, Formatting.Indented,
                    new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver() })
                    + Environment.NewLine
                : ReportRenderer.Render(TraceReport.Build(trace), "table"));
            return CliContext.Success;
        });
        return command;
    }

}
