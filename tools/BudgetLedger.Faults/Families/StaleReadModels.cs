using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Fixtures;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// A ledger file replaced under its read models: ask once (read models built), delete only the ledger,
/// put another in its place (or none), ask again. The answer must come from the new ledger: exit 1 where it
/// lacks the unit or year, never the old figures.
/// </summary>
public static class StaleReadModels
{
    private const string Ledger = "ledger.db";

    private static readonly (string Name, string? Disclosure)[] Replacements =
    [
        ("nothing", null),
        ("an empty ledger (init)", ""),
        ("a ledger of another unit", "2023-xinzhou-social-insurance-center-budget.txt"),
        ("a ledger of the 2026 disclosure only", "2026-shanxi-hrss-data-center-budget.txt"),
    ];

    private static readonly string[][] Queries = [ReportBudget, Json(ReportBudget), FinalAccounts, Json(Variance)];

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan) =>
        Replacements.SelectMany(r => Queries.Select(q => Case(r.Name, r.Disclosure, q,
            isShort: (r == Replacements[1] && q == Queries[0]) || (r == Replacements[3] && q == Queries[1]))))
        .ToList();

    private static FaultCase Case(string replacement, string? disclosure, string[] query, bool isShort) =>
        new($"{Label(query)} after the ledger is replaced by {replacement}", async context =>
        {
            var template = await context.Fixtures.Template;
            var path = template.CopyTo(context.Folder.Cwd, Ledger, withReadModels: false);
            var json = query.Contains("json");
            var first = await Step.Judged(context.Command(At(Ledger, query)),
                Expectation.Exit(0) with { JsonOnSuccess = json });
            if (first.Verdict.Outcome != Outcome.Ok)
            {
                return first.Verdict;
            }

            File.Delete(path);
            var verdict = disclosure is null ? Verdict.Ok : await Replace(context, disclosure);
            var old = Figures.Telling(first.Run.Stdout);
            // The 2026 disclosure alone gives 209105's later figures, which a variance may show; 2022's never.
            var stale = query == FinalAccounts ? old : old.Intersect(Figures.Telling(template.CleanReport));
            var mayHoldUnit = disclosure == Replacements[3].Disclosure && query[0] == "variance";
            var expected = (mayHoldUnit ? Expectation.Exit(0, 1) : Expectation.Exit(1)) with
            {
                JsonOnSuccess = json,
                StaleFigures = stale.Order(StringComparer.Ordinal).ToList(),
            };
            return verdict.And(await Step.Check(context.Command(At(Ledger, query)), expected));
        }, isShort);

    private static Task<Verdict> Replace(CaseContext context, string disclosure) =>
        disclosure == ""
            ? Step.Check(context.Command(At(Ledger, "init")), Expectation.Exit(0))
            : Step.Check(context.Long(At(Ledger, "import", Path.Combine(context.Fixtures.SeedsFolder, disclosure))),
                Expectation.Exit(0));
}
