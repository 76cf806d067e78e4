using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Records;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Tests.Records;

/// <summary>A hand-entered entry against the ledger's state: the change to append, or the field it breaks.</summary>
public class RecordDecisionTests
{
    private static readonly UnitId Centre = UnitId.Parse("unit-209105");
    private static readonly UnitId Bureau = UnitId.Parse("unit-209100");
    private static readonly RecordBasis Basis = new(null, null, null, "工伤认定职能划转至省社保局");
    private static readonly Guid Appropriation = Guid.NewGuid();

    private static UnitDirectory Ledger()
    {
        var ledger = new UnitDirectory();
        ledger.Apply(Guid.NewGuid(), "V1.DocumentImported", new DocumentImported(new string('a', 64), "centre.txt",
            DocumentKind.BudgetDisclosure, Centre, "山西省工伤保险管理服务中心", "209105", new FiscalYear(2022), "预算", 9, 90));
        ledger.Apply(Guid.NewGuid(), "V1.DocumentImported", new DocumentImported(new string('b', 64), "bureau.txt",
            DocumentKind.FinalAccountsDisclosure, Bureau, "山西省社会保险局", "209100", new FiscalYear(2022), "决算", 9, 90));
        ledger.Apply(Appropriation, "V1.UnitRegistered", new UnitRegistered(Bureau, "209100", "山西省社会保险局", null,
            new FiscalYear(2022)));
        return ledger;
    }

    private static TransferEntry Transfer(string to = "209100", int year = 2026, string? document = null) =>
        new("handling-to-bureau", Basis with { Document = document }, "209105", to, new FiscalYear(year), "工伤认定",
            [new TransferredLine("工伤保险业务经办费", null, Amount.TenThousandYuan(53.23m))], null);

    [Fact]
    public void A_transfer_between_known_units_becomes_the_event_naming_both_ids()
    {
        var change = RecordDecision.Decide(Ledger(), "clerk", Transfer(document: "centre.txt"));

        var moved = change.Event.Should().BeOfType<FunctionTransferred>().Subject;
        (moved.FromUnit, moved.ToUnit).Should().Be((Centre, Bureau));
        change.Stream.Should().Be("record-handling-to-bureau");
        change.Provenance.DocumentSha256.Should().Be(new string('a', 64));
        change.Provenance.RecordedBy.Should().Be("clerk");
    }

    [Theory]
    [InlineData("209105", 2026, null, "to", "two different units")]
    [InlineData("209100", 2020, null, "year", "before 山西省工伤保险管理服务中心 (from) existed")]
    [InlineData("忻州", 2026, null, "to", "no unit '忻州'")]
    [InlineData("209100", 2026, "missing.txt", "basis.document", "not a document in the ledger")]
    public void An_entry_the_ledger_cannot_hold_is_refused_naming_its_field(string to, int year, string? document,
        string field, string rule)
    {
        var refusal = FluentActions.Invoking(() => RecordDecision.Decide(Ledger(), "clerk",
            Transfer(to, year, document))).Should().Throw<RecordRefusal>().Which;

        refusal.Field.Should().Be(field);
        refusal.Rule.Should().Contain(rule);
    }

    [Fact]
    public void A_correction_reverses_only_an_event_of_its_unit()
    {
        var entry = new CorrectionEntry("undo", Basis, "209105", Appropriation, "entered twice");

        FluentActions.Invoking(() => RecordDecision.Decide(Ledger(), "clerk", entry)).Should()
            .Throw<RecordRefusal>().Which.Field.Should().Be("event");
        RecordDecision.Decide(Ledger(), "clerk", entry with { Unit = "209100" }).Event.Should()
            .BeOfType<EventReversed>().Which.Units.Should().Equal(Bureau);
    }
}
