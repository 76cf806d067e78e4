using System.CommandLine;
using BudgetLedger.Cli.Output;
using BudgetLedger.Import.Inspection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BudgetLedger.Cli.Commands;

public static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Disclosures (PDF or text), or folders of them.",
            Arity = ArgumentArity.OneOrMore };
        var format = FormatOption.Create("table", "table", "json");
        var command = new Command("inspect", "Read disclosures as import would, without writing anything: each "
            + "table's title, page, line, the national table it is recognised as (or 'not interpreted' and why), unit, "
            + "rows and columns, its identities held exactly, within rounding (尾差) and broken (findings); then what "
            + "import would do (events, 尾差 warnings, findings) or every reason it would refuse the document. Exit 1 "
            + "when any would be refused.")
        {
            paths, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = ImportCommand.Expand(parse.GetValue(paths)!, context)?.Where(f => !f.EndsWith(".records.json",
                StringComparison.Ordinal)).ToList();
            if (files is null)
            {
                return CliContext.Failure;
            }

            var inspections = new List<DocumentInspection>();
            foreach (var file in files)
            {
                inspections.Add(Inspector.Inspect(Path.GetFileName(file), await File.ReadAllBytesAsync(file,
                    cancellationToken)));
            }

            if (parse.GetValue(format) == "json")
            {
                context.Output.WriteLine(JsonConvert.SerializeObject(inspections, Formatting.Indented,
                    new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver() }));
            }
            else
            {
                inspections.ForEach(i => Write(context.Output, i));
            }

            return inspections.All(i => i.Refusal is null) ? CliContext.Success : CliContext.Failure;
        });
        return command;
    }

    private static void Write(TextWriter output, DocumentInspection inspection)
    {
        output.WriteLine($"{inspection.File} ({inspection.Format}, {inspection.Pages} pages, "
            + $"{inspection.Tables.Count} tables): "
            + (inspection.Refusal is { } refusal
                ? $"import would refuse it: {refusal}"
                : $"import would write {inspection.Events} events, {inspection.Warnings} 尾差 warnings, "
                    + $"{inspection.Findings} findings"));
        TableWriter.Write(output, ["#", "page", "line", "title", "recognised as", "unit", "rows", "columns", "held",
            "尾差", "findings"],
            inspection.Tables.Select(t => (IReadOnlyList<string>)[
                t.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Title, t.Kind ?? "not interpreted", t.Unit ?? "",
                t.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Columns.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Held.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Findings.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        foreach (var t in inspection.Tables.Where(t => t.Kind is null))
        {
            output.WriteLine($"{t.Ordinal}: not interpreted"
                + (t.TitleNames is { } named ? $" (its title names {named})" : "") + $": {t.NotInterpretedBecause}");
        }

        output.WriteLine();
    }
}
