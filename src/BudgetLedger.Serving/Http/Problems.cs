using BudgetLedger.EventStore;
using BudgetLedger.Projections.Engine;
using Microsoft.AspNetCore.Http;

namespace BudgetLedger.Serving.Http;

/// <summary>
/// Every failure as RFC 9457 problem details: the status, a title, and as detail the message the CLI prints after
/// "error: ".
/// </summary>
internal static class Problems
{
    public static async Task Handle(HttpContext http, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            var (status, title) = e switch
            {
                ApiException api => (api.Status, api.Title),
                BadHttpRequestException bad => (bad.StatusCode, "bad request"),
                StoreUnavailableException or ProjectionFailedException or LedgerFileException =>
                    (StatusCodes.Status503ServiceUnavailable, "the ledger cannot be read"),
                _ => (StatusCodes.Status500InternalServerError, "unexpected failure"),
            };
            var detail = status == StatusCodes.Status500InternalServerError
                ? $"{e.Message} ({e.GetType().Name}; nothing further was written)" : e.Message;
            await Write(http, status, title, detail);
        }
    }

    public static Task Write(HttpContext http, int status, string title, string detail)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return http.Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail,
            instance = http.Request.Path.Value }, (System.Text.Json.JsonSerializerOptions?)null,
            "application/problem+json");
    }
}
