using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Http;

namespace BudgetLedger.Serving.Http;

/// <summary>
/// An answer as JSON in an envelope naming the log point it was built from (position, digests, asOf), with the
/// position as its entity tag: a request whose If-None-Match names it gets 304 before anything is built.
/// </summary>
internal static class Answers
{
    public static Task<IResult> Of(HttpContext http, LedgerReads reads, Func<LedgerView, object> build) =>
        Of(http, reads, true, view => Task.FromResult(build(view)));

    public static Task<IResult> Of(HttpContext http, LedgerReads reads, bool withReadModels,
        Func<LedgerView, Task<object>> build) =>
        reads.Read(http.Request.Query["asOf"].FirstOrDefault(), withReadModels, async view =>
        {
            var tag = $"\"{view.Stamp.Tag}\"";
            Stamp(http.Response, view, tag);
            if (Matches(http.Request.Headers.IfNoneMatch, tag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var answer = await build(view);
            return Results.Text(AnswerJson.Compact(new
            {
                position = view.Stamp.Position?.Commit ?? 0,
                digest = view.Stamp.Digest,
                content = view.Stamp.ContentDigest,
                asOf = view.AsOf,
                answer,
            }), "application/json; charset=utf-8");
        }, http.RequestAborted);

    private static void Stamp(HttpResponse response, LedgerView view, string tag)
    {
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Ledger-Position"] = view.Stamp.Tag;
        response.Headers["X-Ledger-Digest"] = view.Stamp.Digest;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag) =>
        ifNoneMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries))
            .Any(t => t == "*" || t == tag || t == "W/" + tag);
}
