using BudgetLedger.Checks.Findings;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.Projections.Log;

namespace BudgetLedger.Checks.Lifecycle;

/// <summary>
/// The open findings of each unit's year, kept as events in its own stream (findings-&lt;unit&gt;-&lt;year&gt;):
/// a finding the checks now give and the stream does not hold open is raised; one it holds open that the checks no
/// longer give is cleared. Nothing changed, nothing written; each stream's append is atomic and checked against the
/// head it read.
/// </summary>
public static class FindingBook
{
    public static string Stream(string unitId, int year) => $"findings-{unitId}-{year}";

    /// <summary>Raised and cleared events written, per unit's year in <paramref name="scope"/>.</summary>
    public static async Task<IReadOnlyList<IBudgetEvent>> Record(IEventStore store,
        IReadOnlyList<CheckFinding> current, IEnumerable<(string UnitId, int Year)> scope, string clearedBecause,
        CancellationToken cancellationToken)
    {
        var written = new List<IBudgetEvent>();
        foreach (var (unitId, year) in scope.Distinct())
        {
            var stream = Stream(unitId, year);
            var (open, revision) = await Open(store, stream, cancellationToken);
            var now = current.Where(f => f.UnitId == unitId && f.Year == year).GroupBy(f => f.Id)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var changes = now.Values.Where(f => !open.ContainsKey(f.Id)).Select(Raised)
                .Concat(open.Values.Where(r => !now.ContainsKey(r.FindingId)).Select(r => (IBudgetEvent)
                    new FindingCleared(r.UnitId, r.FiscalYear, r.FindingId, r.RuleId, r.Place, clearedBecause)))
                .ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            var start = revision is { } r0 ? r0 + 1 : 0;
            var events = changes.Select((e, i) => ToData(stream, start + (ulong)i, e, new FiscalYear(year))).ToList();
            await store.Append(stream, revision is { } r1 ? ExpectedRevision.Exact(r1) : ExpectedRevision.NoStream,
                events, cancellationToken);
            written.AddRange(changes);
        }

        return written;
    }

    private static async Task<(Dictionary<string, FindingRaised> Open, ulong? Revision)> Open(IEventStore store,
        string stream, CancellationToken cancellationToken)
    {
        var open = new Dictionary<string, FindingRaised>(StringComparer.Ordinal);
        ulong? revision = null;
        await foreach (var e in store.ReadStream(stream, cancellationToken: cancellationToken))
        {
            revision = e.StreamRevision;
            switch (LogReader.Decode(e).Event?.Event)
            {
                case FindingRaised raised:
                    open[raised.FindingId] = raised;
                    break;
                case FindingCleared cleared:
                    open.Remove(cleared.FindingId);
                    break;
            }
        }

        return (open, revision);
    }

    private static IBudgetEvent Raised(CheckFinding f) => new FindingRaised(UnitId.Parse(f.UnitId),
        new FiscalYear(f.Year), f.Id, f.RuleId, f.Severity == CheckSeverity.Rounding, f.Documents, f.Place, f.Rule,
        f.Expected, f.Found);

    private static EventData ToData(string stream, ulong revision, IBudgetEvent e, FiscalYear year)
    {
        var provenance = new Provenance("check", null, null, null, "budget-ledger check", null);
        var s = EventSerializer.Default.Serialize(e, new EventMetadata(new EffectiveTime(year, null), provenance));
        return new EventData(DeterministicEventId.From(stream, revision.ToString(
            System.Globalization.CultureInfo.InvariantCulture)), s.WireName, s.Data, s.Metadata);
    }
}
