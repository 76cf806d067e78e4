using BudgetLedger.Projections.Log;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Reporting.Reports;
using BudgetLedger.Reporting.Units;
using BudgetLedger.Reporting.Variance;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>Units (search, lineage), a unit's years, its yearly reports, and its variance between two years.</summary>
internal static class UnitEndpoints
{
    private static readonly Dictionary<string, Func<UnitView, int, IReadOnlyList<ReportTable>>> Kinds = new()
    {
        ["budget"] = BudgetReport.Build,
        ["final-accounts"] = FinalAccountsReport.Build,
        ["published"] = PublishedReport.Build,
        ["findings"] = FindingsReport.Build,
    };

    public static void Map(IEndpointRouteBuilder api, LedgerReads reads)
    {
        api.MapGet("/units", (HttpContext http, string? q) => Answers.Of(http, reads, view =>
            view.Models.UnitNames().Where(u => q is null || Contains(u, q)).Select(u => Describe(view, u.UnitId))
                .ToList()))
            .WithSummary("Units, or those whose code, ledger id or name contains q; with names over time.");
        api.MapGet("/units/{unit}", (HttpContext http, string unit) => Answers.Of(http, reads, view =>
            Describe(view, One(view, unit).UnitId)))
            .WithSummary("One unit by code, ledger id or part of its name: names, lineage, aliases, years.");
        api.MapGet("/units/{unit}/years", (HttpContext http, string unit) => Answers.Of(http, reads, view =>
            One(view, unit).Years.Keys.ToList()))
            .WithSummary("The fiscal years the ledger holds figures of for the unit.");
        api.MapGet("/units/{unit}/years/{year:int}/{kind}", (HttpContext http, string unit, int year, string kind) =>
            Answers.Of(http, reads, true, view => Report(view, unit, year, kind, http.RequestAborted)))
            .WithSummary("The unit's year as kind = budget | final-accounts | published | findings: the tables (as "
                + "the CLI's report prints them) and the typed figures.");
        api.MapGet("/units/{unit}/variance", (HttpContext http, string unit, int from, int to) =>
            Answers.Of(http, reads, view => Variance(view, unit, from, to)))
            .WithSummary("Why the unit's budget changed between two years, with stated reasons and the residual.");
    }

    private static bool Contains(UnitView unit, string q) =>
        new[] { unit.UnitId, unit.Code, unit.Name }.Any(s => s?.Contains(q, StringComparison.Ordinal) ?? false);

    public static UnitView One(LedgerView view, string wanted)
    {
        var (unit, refusal) = UnitSearch.One(view.Models.UnitNames(), wanted, view.AsOf);
        return unit is null
            ? throw new ApiException(refusal!.StartsWith("no unit", StringComparison.Ordinal) ? 404 : 409,
                "unit not found", refusal)
            : view.Models.Unit(unit.UnitId)!;
    }

    private static object Describe(LedgerView view, string unitId)
    {
        var unit = view.Models.Unit(unitId)!;
        return new
        {
            unit.UnitId, unit.Code, unit.Name, Years = unit.Years.Keys.ToList(), unit.Lineage, unit.Aliases,
            Naming = view.Models.Naming(unitId),
        };
    }

    private static async Task<object> Report(LedgerView view, string wanted, int year, string kind,
        CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(kind, out var build))
        {
            throw new ApiException(404, "no such report", $"'{kind}' is not a report: {string.Join(", ", Kinds.Keys)}");
        }

        var unit = One(view, wanted);
        if (!unit.Years.ContainsKey(year))
        {
            throw new ApiException(404, "year not held", $"{unit.Name} has no {year} figures in the ledger; years: "
                + string.Join(", ", unit.Years.Keys));
        }

        var shown = await TablesAsPublished.Read(view.Log, view.Models, unit, year, cancellationToken);
        return new
        {
            unit.UnitId, unit.Code, unit.Name, Year = year, Kind = kind,
            Tables = ReportRenderer.Tree(build(shown, year)),
            Figures = shown.Year(year) with { PublishedTables = [] },
        };
    }

    private static object Variance(LedgerView view, string wanted, int from, int to)
    {
        Years.Check(view, from, to, allowSame: false);
        var unit = One(view, wanted);
        return VarianceAnalysis.Build(unit.UnitId, from, to, id => view.Models.Unit(id));
    }
}
