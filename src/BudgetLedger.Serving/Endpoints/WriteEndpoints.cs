using System.Text;
using BudgetLedger.Domain.Units;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.Import;
using BudgetLedger.Import.Records;
using BudgetLedger.Import.Validation;
using BudgetLedger.Projections.Log;
using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BudgetLedger.Serving.Endpoints;

/// <summary>
/// Imports a disclosure and records a record file, through the importer and the record writer the CLI uses: whole
/// or not at all, and a repeat writes nothing. One write at a time.
/// </summary>
internal static class WriteEndpoints
{
    public static void Map(IEndpointRouteBuilder api, LedgerSource source, WriteGuard guard)
    {
        var writes = new SemaphoreSlim(1, 1);
        api.MapPost("/documents", async (HttpContext http, string name) =>
            await Serialized(writes, () => Import(http, source, guard, name)))
            .WithSummary("Import one disclosure (PDF or text) sent as the body; name= its file name. Needs the token.");
        api.MapPost("/records", async (HttpContext http, string name) =>
            await Serialized(writes, () => Record(http, source, guard, name)))
            .WithSummary("Record a record file (JSON, see `record --help`) sent as the body. Needs the token.");
    }

    private static async Task<IResult> Serialized(SemaphoreSlim writes, Func<Task<IResult>> write)
    {
        await writes.WaitAsync();
        try
        {
            return await write();
        }
        finally
        {
            writes.Release();
        }
    }

    /// <summary>201 when something was written, 200 when it was all there; JSON as the reads write it.</summary>
    private static IResult Answer(object answer, bool created) => Results.Text(AnswerJson.Compact(answer),
        "application/json; charset=utf-8",
        statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);

    private static async Task<IResult> Import(HttpContext http, LedgerSource source, WriteGuard guard, string name)
    {
        var bytes = await guard.Body(http);
        var file = Path.GetFileName(name);
        try
        {
            var document = new DisclosureImporter().Read(file, bytes);
            await using var log = source.OpenForWriting();
            var result = await DocumentWriter.Write(log, document, http.RequestAborted);
            var answer = new
            {
                file, unit = document.Header.UnitName, year = document.Header.Year.Value,
                eventsWritten = result.AlreadyStored ? 0 : document.Events.Count,
                alreadyImported = result.AlreadyStored, position = result.LastPosition.Commit,
                warnings = document.Findings.Count(f => f.Severity == FindingSeverity.RoundingDifference),
                findings = document.Inconsistencies.Select(f => f.ToString()).ToList(),
            };
            return Answer(answer, created: !result.AlreadyStored);
        }
        catch (ImportException e)
        {
            throw new ApiException(422, "document refused", $"{file}: refused, nothing written: {e.Message}");
        }
        catch (Exception e) when (e is EventIdConflictException or WrongExpectedRevisionException)
        {
            throw new ApiException(409, "document conflicts with the log", $"{file}: refused, nothing written: "
                + $"the ledger already holds this document's events with other content ({e.Message}): they were "
                + "altered after they were written; run `budget-ledger verify`");
        }
    }

    private static async Task<IResult> Record(HttpContext http, LedgerSource source, WriteGuard guard, string name)
    {
        var json = Encoding.UTF8.GetString(await guard.Body(http));
        var file = Path.GetFileName(name);
        try
        {
            var (recordedBy, entries) = RecordFile.Parse(file, json);
            await using var log = source.OpenForWriting();
            var directory = await UnitDirectory.Of(LogReader.Read(log, cancellationToken: http.RequestAborted));
            var changes = entries.Select((entry, i) => RecordFile.Decided(file, i, directory, recordedBy, entry))
                .ToList();
            var outcome = await RecordWriter.Write(log, file, changes, http.RequestAborted);
            var answer = new
            {
                file, recorded = outcome.Written.Select(c => c.EntryId).ToList(),
                alreadyRecorded = outcome.AlreadyRecorded.Select(c => c.EntryId).ToList(), position = outcome.Position,
            };
            return Answer(answer, created: outcome.Written.Count > 0);
        }
        catch (RecordException e)
        {
            throw new ApiException(422, "record refused", $"refused, nothing written: {e.Message}");
        }
    }
}
