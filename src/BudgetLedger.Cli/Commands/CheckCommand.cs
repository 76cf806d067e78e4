using System.CommandLine;
using BudgetLedger.Checks;
using BudgetLedger.Checks.Documents;
using BudgetLedger.Checks.Findings;
using BudgetLedger.Checks.Lifecycle;
using BudgetLedger.Cli.Output;
using BudgetLedger.Domain.Checks;
using BudgetLedger.Domain.Events;
using BudgetLedger.Reporting.Rendering;

namespace BudgetLedger.Cli.Commands;

/// <summary>`check`: every rule of the catalogue over the ledger, findings grouped by rule and document.</summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var unit = new Option<string?>("--unit") { Description = "Only this unit: its code, ledger id or (part of) "
            + "its name." };
        var year = new Option<int?>("--year") { Description = "Only this fiscal year." };
        var rules = new Option<bool>("--rules") { Description = "List the rule catalogue (id, kind, what it checks, "
            + "tolerance) instead of checking." };
        var record = new Option<bool>("--record") { Description = "Also keep the result in the ledger: findings now "
            + "given and not yet open are raised, open ones no longer given are cleared (import does this for the "
            + "units' years it touches)." };
        var format = FormatOption.Create("table", "table", "json");
        var command = new Command("check", "Run every rule over the ledger: what each document recorded at import "
            + "(identities, links between its tables, its notes against its tables) and the rules that compare "
            + "documents (a budget with its final accounts, a year with the next). Prints the findings grouped by "
            + "rule and document; exit 1 when there is a finding (a 尾差 hint alone is exit 0).")
        {
            unit, year, rules, record, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(rules))
            {
                PrintRules(context, parse.GetValue(format)!);
                return CliContext.Success;
            }

            await using var store = parse.GetValue(record) ? context.OpenExistingForWriting(parse)
                : context.OpenExisting(parse);
            if (store is null)
            {
                return CliContext.Failure;
            }

            var (wantedUnit, wantedYear) = (parse.GetValue(unit), parse.GetValue(year));
            var inScope = DocumentScope.Of(wantedUnit, wantedYear);
            var findings = await LedgerCheck.Run(store, null, inScope, cancellationToken);
            Print(context, findings, parse.GetValue(format)!);
            if (parse.GetValue(record))
            {
                var scope = (await DocumentFold.Read(store, null, cancellationToken)).Where(inScope)
                    .Select(d => (d.UnitId, d.Year));
                var changes = await FindingBook.Record(store, findings, scope, "`check` no longer gives it",
                    cancellationToken);
                context.Error.WriteLine($"recorded: {changes.OfType<FindingRaised>().Count()} raised, "
                    + $"{changes.OfType<FindingCleared>().Count()} cleared");
            }

            return findings.Any(f => f.Severity == CheckSeverity.Finding) ? CliContext.Failure : CliContext.Success;
        });
        return command;
    }

    private static void PrintRules(CliContext context, string format)
    {
        if (format == "json")
        {
            context.Output.Write(AnswerJson.Of(RuleCatalogue.All));
            return;
        }

        TableWriter.Write(context.Output, ["rule", "kind", "checks", "tolerance"],
            RuleCatalogue.All.Select(r => (IReadOnlyList<string>)[r.Id, r.Kind.ToString(), r.Checks, r.Tolerance]));
        context.Output.WriteLine($"{RuleCatalogue.All.Count} rules: " + string.Join(", ", RuleCatalogue.All
            .GroupBy(r => r.Kind).Select(g => $"{g.Count()} {g.Key}")));
    }

    private static void Print(CliContext context, IReadOnlyList<CheckFinding> findings, string format)
    {
        if (format == "json")
        {
            context.Output.Write(AnswerJson.Of(findings));
            return;
        }

        foreach (var rule in findings.GroupBy(f => f.RuleId))
        {
            context.Output.WriteLine($"{rule.Key}: {rule.Count()}");
            TableWriter.Write(context.Output, ["id", "severity", "year", "documents", "place", "expected", "found"],
                rule.Select(f => (IReadOnlyList<string>)[f.Id, f.Severity == CheckSeverity.Rounding ? "尾差" : "finding",
                    f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(" / ", f.Documents),
                    f.Place, f.Expected, f.Found]));
        }

        context.Output.WriteLine($"{findings.Count(f => f.Severity == CheckSeverity.Finding)} findings, "
            + $"{findings.Count(f => f.Severity == CheckSeverity.Rounding)} 尾差 hints, "
            + $"{RuleCatalogue.All.Count} rules");
    }
}
