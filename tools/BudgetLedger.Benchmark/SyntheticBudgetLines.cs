using System.Globalization;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;
using BudgetLedger.EventStore.Appending;

namespace BudgetLedger.Benchmark;

public sealed record BenchRow(string Stream, EventData Event);

/// <summary>Appropriations shaped like the seeds' budget lines, serialized once before any timing.</summary>
public static class SyntheticBudgetLines
{
    private static readonly string[] Codes = ["2010150", "2080107", "2080108", "2080505", "2080506",
        "2101102", "2210201"];

    public static IReadOnlyList<BenchRow> Create(int count, int streams)
    {
        var random = new Random(20221231);
        var document = new string('b', 64);
        return Enumerable.Range(0, count).Select(i =>
        {
            var unit = UnitId.Parse($"bench-unit-{i % streams}");
            var year = new FiscalYear(2015 + (i % 12));
            var e = new BudgetAppropriated(unit, year, FunctionalClass.Of(Codes[i % Codes.Length], "社会保险业务管理事务"),
                FundSource.GeneralPublicBudget,
                i % 3 == 0 ? ExpenditureKind.ProjectExpenditure : ExpenditureKind.BasicExpenditure,
                Amount.TenThousandYuan(random.Next(1, 500_000) / 100m));
            var metadata = new EventMetadata(new EffectiveTime(year, new DateOnly(year.Value, 2, 18)),
                Provenance.Imported(document, "预算收入总表", i));
            var s = EventSerializer.Default.Serialize(e, metadata);
            var id = DeterministicEventId.From(document, "bench", i.ToString(CultureInfo.InvariantCulture));
            return new BenchRow($"unit-{unit}", new EventData(id, s.WireName, s.Data, s.Metadata));
        }).ToList();
    }
}
