using System.Globalization;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>
/// Server-sent events for dashboards: the log's last position when the stream opens and each time it moves
/// (event "position", id = position), a comment every 15 s so proxies keep the stream open.
/// </summary>
internal static class FeedEndpoint
{
    public static void Map(IEndpointRouteBuilder api, LedgerSource source, TimeSpan interval) =>
        api.MapGet("/feed", (HttpContext http, CancellationToken _) => Stream(http, source, interval))
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithSummary("text/event-stream of the log's last position, sent when it moves.");

    private static async Task Stream(HttpContext http, LedgerSource source, TimeSpan interval)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await using var log = source.OpenForReading();
        ulong? sent = null;
        var quiet = TimeSpan.Zero;
        try
        {
            while (!http.RequestAborted.IsCancellationRequested)
            {
                var last = (await log.ReadAllBackwards(null, 1, http.RequestAborted)).FirstOrDefault();
                var position = last?.Position.Commit ?? 0;
                if (sent != position)
                {
                    var text = position.ToString(CultureInfo.InvariantCulture);
                    await http.Response.WriteAsync($"id: {text}\nevent: position\ndata: {{\"position\":{text}}}\n\n",
                        http.RequestAborted);
                    (sent, quiet) = (position, TimeSpan.Zero);
                }
                else if ((quiet += interval) >= TimeSpan.FromSeconds(15))
                {
                    await http.Response.WriteAsync(": still here\n\n", http.RequestAborted);
                    quiet = TimeSpan.Zero;
                }

                await http.Response.Body.FlushAsync(http.RequestAborted);
                await Task.Delay(interval, http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The dashboard went away.
        }
    }
}
