using BudgetLedger.Checks;
using BudgetLedger.Checks.Documents;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.Projections.Log;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>The log itself: status, the audit feed of events from a position, findings recorded at import.</summary>
internal static class LogEndpoints
{
    public const int MaxPage = 1000;
    private static readonly string FindingType = EventTypeMap.Default.NameOf(typeof(FindingRecorded));

    public static void Map(IEndpointRouteBuilder api, LedgerReads reads)
    {
        api.MapGet("/status", (Func<HttpContext, Task<IResult>>)(http => Answers.Of(http, reads, false, async view =>
            view.AsOf is null ? (object)(await LedgerStatus.Read(view.Log, http.RequestAborted)).Status
                : new { position = view.Stamp.Tag, digest = view.Stamp.Digest, content = view.Stamp.ContentDigest })))
            .WithSummary("Events, documents, streams, last position and digests, as `status` prints them.");
        api.MapGet("/log", (HttpContext http, ulong? after, int? limit) => Answers.Of(http, reads, false, view =>
            Page(view, after, limit ?? 100, http.RequestAborted)))
            .WithSummary($"Events in commit order after a position (at most {MaxPage} a page), as `log` prints "
                + "them; next names the position to ask from for the next page.");
        api.MapGet("/findings", (HttpContext http, string? unit, int? year) => Answers.Of(http, reads, false,
            view => Findings(view, unit, year, http.RequestAborted)))
            .WithSummary("The findings recorded at import (table, line, rule, expected, found), by unit id or year.");
        api.MapGet("/check", (HttpContext http, string? unit, int? year) => Answers.Of(http, reads, false,
            async view => (object)await LedgerCheck.Run(view.Log, new LogCut(view.Stamp.Position?.Commit ?? 0),
                DocumentScope.Of(unit, year), http.RequestAborted)))
            .WithSummary("Every rule over the ledger, as `check --format json`: findings with their stable ids.");
    }

    private static async Task<object> Page(LedgerView view, ulong? after, int limit, CancellationToken cancel)
    {
        if (limit is < 1 or > MaxPage)
        {
            throw new ApiException(400, "bad limit", $"limit {limit} is not between 1 and {MaxPage}");
        }

        var cut = view.Stamp.Position;
        var events = (await view.Log.ReadAllForwards(after is { } a ? GlobalPosition.Of(a) : null, limit, cancel))
            .Where(e => cut is { } c && e.Position <= c).ToList();
        return new
        {
            events = events.Select(EventJson.From).ToList(),
            next = events.Count == limit ? events[^1].Position.Commit : (ulong?)null,
        };
    }

    private static async Task<object> Findings(LedgerView view, string? unit, int? year, CancellationToken cancel)
    {
        var findings = new List<FindingRecorded>();
        var cut = new LogCut(view.Stamp.Position?.Commit ?? 0);
        await foreach (var e in LogReader.Read(view.Log, cut, new HashSet<string> { FindingType },
            cancellationToken: cancel))
        {
            if (e.Event is FindingRecorded f && (unit is null || f.UnitId.Value == unit)
                && (year is null || f.FiscalYear.Value == year))
            {
                findings.Add(f);
            }
        }

        return findings;
    }
}
