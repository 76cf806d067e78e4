using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>The cluster as this node sees it: members, the oldest (the log's reader), the shards each hosts.</summary>
internal static class ClusterEndpoint
{
    public static void Map(IEndpointRouteBuilder api, LedgerSource source) =>
        api.MapGet("/cluster", async (CancellationToken cancellationToken) =>
            {
                var view = source.ClusterView ?? throw new ApiException(404, "not a cluster node",
                    "this server is not a cluster node: start `serve` with --cluster");
                try
                {
                    return Results.Text(AnswerJson.Compact(await view(cancellationToken)), "application/json");
                }
                catch (TimeoutException e)
                {
                    throw new ApiException(503, "the cluster did not answer", e.Message);
                }
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("The cluster's members, the oldest (where the log is read) and each member's shards.");
}
