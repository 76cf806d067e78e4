using BudgetLedger.Reporting.Page;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>The page `report html` writes, for a unit across its years: the same builder, served.</summary>
internal static class PageEndpoint
{
    public static void Map(IEndpointRouteBuilder app, LedgerReads reads) =>
        app.MapGet("/units/{unit}/report.html", (HttpContext http, string unit) => reads.Read(
            http.Request.Query["asOf"].FirstOrDefault(), true, async view =>
            {
                var page = await UnitPage.Render(view.Log, view.Models, UnitEndpoints.One(view, unit),
                    http.RequestAborted);
                http.Response.Headers.ETag = $"\"{view.Stamp.Tag}\"";
                http.Response.Headers["X-Ledger-Digest"] = view.Stamp.Digest;
                return Results.Content(page, "text/html; charset=utf-8");
            }, http.RequestAborted))
            .WithSummary("The unit's report page (as `report html` writes it): tables, variance, trace, findings "
                + "and charts, self-contained.");
}
