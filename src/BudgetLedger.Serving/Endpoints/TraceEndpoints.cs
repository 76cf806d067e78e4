using BudgetLedger.Reporting.Trace;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>The chain of events behind a project or a functional-class line, as `trace` answers.</summary>
internal static class TraceEndpoints
{
    public static void Map(IEndpointRouteBuilder api, LedgerReads reads) =>
        api.MapGet("/trace", (HttpContext http, string? project, string? line, string? unit, int from, int to) =>
            Answers.Of(http, reads, view => Trace(view, project, line, unit, from, to)))
            .WithSummary("project=NAME [unit=U], or line=CODE with unit=U, from one year to another.");

    private static object Trace(LedgerView view, string? project, string? line, string? unit, int from, int to)
    {
        if ((line is null) == (project is null) || (line is not null && unit is null))
        {
            throw new ApiException(400, "give line or project", "give line=CODE with unit=U, or project=NAME "
                + "(optionally with unit=U)");
        }

        Years.Check(view, from, to, allowSame: true);
        var unitId = unit is null ? null : UnitEndpoints.One(view, unit).UnitId;
        return line is not null
            ? TraceAnalysis.Line(view.Models, line, unitId!, from, to)
            : TraceAnalysis.Project(view.Models, project!, unitId, from, to);
    }
}
