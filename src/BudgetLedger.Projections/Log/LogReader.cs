using System.Runtime.CompilerServices;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.Projections.Log;

/// <summary>
/// The one way the ledger's parts read their log as events: page by page from a position, up to a cut, decoded.
/// A type this version does not know is left aside (as the projections do); an event that cannot be decoded is an
/// error naming its position, or, for the projections, a fault (<see cref="Decode"/>).
/// </summary>
public static class LogReader
{
    public static async IAsyncEnumerable<LoggedEvent> Read(IEventReader log, LogCut? cut = null,
        IReadOnlySet<string>? types = null, ulong after = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cut ??= LogCut.None;
        await foreach (var e in log.ReadAll(cancellationToken: cancellationToken, after: after == 0 ? null
            : GlobalPosition.Of(after)))
        {
            if (!cut.Admits(e))
            {
                yield break;
            }

            if ((types is null || types.Contains(e.Type)) && EventSerializer.Default.Map.TryGetType(e.Type, out _))
            {
                yield return Decode(e) is { Event: { } decoded } ? decoded
                    : throw new LedgerFileException($"the event at position {e.Position} ({e.Type}, stream "
                        + $"{e.Stream}) cannot be read: {Decode(e).Error}; run `budget-ledger verify`");
            }
        }
    }

    /// <summary>A page of the log after a position, each event decoded (or the reason it could not be).</summary>
    public static async Task<List<DecodedEvent>> Page(IEventReader log, ulong after, int size,
        CancellationToken cancellationToken = default) =>
        (await log.ReadAllForwards(after == 0 ? null : GlobalPosition.Of(after), size, cancellationToken))
            .AsParallel().AsOrdered().Select(Decode).ToList();

    public static DecodedEvent Decode(RecordedEvent recorded)
    {
        try
        {
            var e = EventSerializer.Default.DeserializeData(recorded.Type, recorded.Data);
            return new DecodedEvent(recorded, new LoggedEvent(recorded.Position.Commit, recorded.EventId,
                recorded.Type, recorded.RecordedAt, e, recorded.Metadata), null);
        }
        catch (Exception ex) when (ex is UnknownEventTypeException or Newtonsoft.Json.JsonException
            or FormatException or ArgumentException or InvalidCastException)
        {
            return new DecodedEvent(recorded, null, ex.Message);
        }
    }
}

/// <summary>A stored event and what it decodes to, or why it does not.</summary>
public sealed record DecodedEvent(RecordedEvent Recorded, LoggedEvent? Event, string? Error);
