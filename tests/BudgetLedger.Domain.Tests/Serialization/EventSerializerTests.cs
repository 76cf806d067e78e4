using System.Text;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Testing;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Domain.Tests.Serialization;

public class EventSerializerTests
{
    public static TheoryData<IBudgetEvent> Samples()
    {
        var data = new TheoryData<IBudgetEvent>();
        foreach (var e in SampleEvents.All())
        {
            data.Add(e);
        }

        return data;
    }

    [Fact]
    public void Every_event_type_has_a_sample()
    {
        SampleEvents.All().Select(e => e.GetType()).Should().BeEquivalentTo(EventTypeMap.Default.Types);
    }

    [Fact]
    public void Wire_names_are_stable_and_versioned()
    {
        // Stored events carry these names forever: changing one orphans history. Add, never edit.
        EventTypeMap.Default.WireNames.Should().BeEquivalentTo(
            "V1.UnitRegistered", "V1.UnitRenamed", "V1.DocumentImported", "V1.BudgetAppropriated",
                "V1.CarryoverBroughtForward",
            "V1.BudgetAdjusted", "V1.FunctionTransferred", "V1.ExpenditureExecuted", "V1.YearEndBalanceCarriedForward",
            "V1.BasicExpenditureBudgeted", "V1.ProjectDeclared", "V1.PerformanceSelfEvaluated",
                "V1.VarianceReasonStated",
            "V1.ThreePublicExpensesStated", "V1.AgencyOperatingCostsStated", "V1.GovernmentProcurementStated",
                "V1.AssetsStated",
            "V1.EventReversed", "V1.FindingRecorded", "V1.PerformanceTargetsDeclared",
            "V1.RevenueStated", "V1.SurplusDistributed", "V1.EconomicExpenditureExecuted",
                "V1.FunctionalClassesNamed", "V1.ProjectAliasRecorded",
            "V1.TablePublished", "V1.FindingRaised", "V1.FindingCleared");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_event_round_trips_through_its_json(IBudgetEvent original)
    {
        var serialized = EventSerializer.Default.Serialize(original, SampleEvents.Metadata());

        var read = EventSerializer.Default.DeserializeData(serialized.WireName, serialized.Data);

        read.Should().BeOfType(original.GetType());
        read.Should().BeEquivalentTo(original,
            o => o.RespectingRuntimeTypes()
                .ComparingByValue<Domain.Years.FiscalYear>()
                .ComparingByValue<Domain.Amounts.Amount>()
                .ComparingByValue<Domain.Classification.FunctionalClassCode>()
                .ComparingByValue<Domain.Classification.EconomicClassCode>()
                .ComparingByValue<Domain.Units.UnitId>());
        EventSerializer.Default.Serialize(read, SampleEvents.Metadata()).Data.Should().Equal(serialized.Data,
            "serialization is deterministic");
    }

    [Fact]
    public void Event_json_names_no_clr_type_and_keeps_amounts_exact()
    {
        var serialized = EventSerializer.Default.Serialize(SampleEvents.All().OfType<BudgetAppropriated>().Single(),
            SampleEvents.Metadata());
        var json = Encoding.UTF8.GetString(serialized.Data);

        serialized.WireName.Should().Be("V1.BudgetAppropriated");
        json.Should().NotContain("$type").And.NotContain("BudgetLedger.");
        JObject.Parse(json)["amount"]!.ToString(Newtonsoft.Json.Formatting.None).Should()
            .Be("""{"value":"956.00","unit":"万元"}""");
        JObject.Parse(json)["functionalClass"]!["code"]!.Value<string>().Should().Be("2080108");
    }

    [Fact]
    public void Metadata_carries_effective_time_and_provenance()
    {
        var metadata = SampleEvents.Metadata(row: 7);

        var read = EventSerializer.DeserializeMetadata(EventSerializer.ToJsonBytes(metadata));

        read.Should().Be(metadata);
        read.Effective.FiscalYear.Value.Should().Be(2022);
        read.Provenance.Row.Should().Be(7);
    }

    [Fact]
    public void An_old_version_reads_through_its_upcaster()
    {
        // A hypothetical V0 that spelled the amount as a bare number of 万元 and the fund source in Chinese.
        const string v0 = """{"unitId":"shanxi-209105","fiscalYear":2022,"functionalClass":"""
            + """{"code":"2080108","name":"信息化建设"},"fund":"一般公共预算","kind":"projectExpenditure","wanYuan":"""
            + """956.00}""";
        var serializer = new EventSerializer(EventTypeMap.Default, [new BudgetAppropriatedV0ToV1()]);

        var read = serializer.DeserializeData("V0.BudgetAppropriated", Encoding.UTF8.GetBytes(v0));

        read.Should().Be(SampleEvents.All().OfType<BudgetAppropriated>().Single());
    }

    [Fact]
    public void An_unknown_wire_name_is_a_typed_error_naming_it() =>
        FluentActions.Invoking(() => EventSerializer.Default.DeserializeData("V9.Nonsense", "{}"u8))
            .Should().Throw<UnknownEventTypeException>().Which.WireName.Should().Be("V9.Nonsense");

    [Fact]
    public void A_renamed_class_still_reads_old_events_because_the_wire_name_is_explicit()
    {
        // Simulates a rename: the map holds the old wire name against a different CLR type.
        var map = new EventTypeMap();
        map.Add("V1.AgencyOperatingCostsStated", typeof(RenamedAgencyOperatingCosts));
        var original = SampleEvents.All().OfType<AgencyOperatingCostsStated>().Single();
        var stored = EventSerializer.Default.Serialize(original, SampleEvents.Metadata());

        var read = new EventSerializer(map).DeserializeData(stored.WireName, stored.Data);

        read.Should().BeOfType<RenamedAgencyOperatingCosts>().Which.Amount.Should().Be(original.Amount);
    }

    private sealed record RenamedAgencyOperatingCosts(Domain.Units.UnitId UnitId, Domain.Years.FiscalYear FiscalYear,
        Basis Basis, Domain.Amounts.Amount Amount) : IBudgetEvent;

    private sealed class BudgetAppropriatedV0ToV1 : IEventUpcaster
    {
        public string FromWireName => "V0.BudgetAppropriated";

        public string ToWireName => "V1.BudgetAppropriated";

        public JObject Upcast(JObject data) => new()
        {
            ["unitId"] = data["unitId"],
            ["fiscalYear"] = data["fiscalYear"],
            ["functionalClass"] = data["functionalClass"],
            ["fundSource"] = data.Value<string>("fund") == "一般公共预算" ? "generalPublicBudget"
                : throw new InvalidOperationException("unknown fund"),
            ["expenditureKind"] = data["kind"],
            ["amount"] = new JObject { ["value"] = data["wanYuan"]!.Value<decimal>()
                .ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), ["unit"] = "万元" },
        };
    }
}
