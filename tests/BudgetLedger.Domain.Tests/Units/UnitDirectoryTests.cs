using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;
using BudgetLedger.Testing;

namespace BudgetLedger.Domain.Tests.Units;

public class UnitDirectoryTests
{
    private static readonly UnitId Centre = UnitId.Parse("unit-209105");
    private static readonly UnitId DataCentre = UnitId.Parse("unit-a4d8f45f67f45889");

    private static UnitDirectory Folded(params IBudgetEvent[] events)
    {
        var directory = new UnitDirectory();
        foreach (var e in events)
        {
            directory.Apply(Guid.NewGuid(), e.GetType().Name, e);
        }

        return directory;
    }

    private static DocumentImported Disclosed(UnitId unit, string name, string? code, int year) =>
        new(new string((char)('a' + year % 26), 64), $"{year}-{code ?? "x"}.txt", DocumentKind.BudgetDisclosure,
            unit, name, code, new FiscalYear(year), "部门预算", 9, 100);

    [Fact]
    public void A_renamed_unit_is_found_by_its_code_its_id_and_every_name_it_had()
    {
        var directory = Folded(Disclosed(Centre, "山西省工伤保险管理服务中心", "209105", 2022),
            Disclosed(DataCentre, "山西省人力资源和社会保障数据中心（山西省社会保障卡管理中心）", null, 2026),
            new UnitRenamed(Centre, "山西省工伤保险管理服务中心", "山西省人力资源和社会保障数据中心", null,
                new FiscalYear(2026), null, DataCentre));

        directory.Resolve("209105").Unit!.Id.Should().Be(Centre);
        directory.Resolve("unit-209105").Unit!.Id.Should().Be(Centre);
        directory.Resolve("数据中心").Unit!.Id.Should().Be(DataCentre);
        directory.Resolve("工伤保险管理服务中心").Error.Should().Contain("matches 2 units",
            "the successor answers to its predecessor's names too");
        directory.Units.Single(u => u.Id == Centre).Successor.Should().Be(DataCentre);
        directory.Units.Single(u => u.Id == DataCentre).FirstYear.Should().Be(2022, "one body since 2022");
    }

    [Fact]
    public void Names_compare_without_the_width_of_brackets_and_spaces()
    {
        var directory = Folded(Disclosed(DataCentre, "山西省人力资源和社会保障数据中心（山西省社会保障卡管理中心）", null,
            2026));

        directory.Resolve("山西省人力资源和社会保障数据中心(山西省社会保障卡管理中心)").Unit!.Id.Should().Be(DataCentre);
        directory.Resolve("忻州").Error.Should().StartWith("no unit '忻州' in the ledger");
    }

    [Fact]
    public void Aliases_documents_and_events_are_kept_for_the_records_that_cite_them()
    {
        var id = Guid.NewGuid();
        var document = Disclosed(Centre, "山西省工伤保险管理服务中心", "209105", 2022);
        var directory = Folded(document, new ProjectAliasRecorded(Centre, "工伤保险业务经办费", ["工伤业务保险经办费"]));
        directory.Apply(id, "V1.BudgetAdjusted", new UnitRegistered(Centre, "209105", "中心", null,
            new FiscalYear(2021)));

        directory.Units.Single().Aliases.Should().ContainSingle().Which.Aliases.Should().Equal("工伤业务保险经办费");
        directory.Units.Single().FirstYear.Should().Be(2021);
        directory.Document(document.FileName).Should().Be(document);
        directory.Document(document.DocumentSha256).Should().Be(document);
        directory.Event(id)!.Value.Units.Should().Equal(Centre);
    }

    [Theory]
    [InlineData("Shanxi-209105")]
    [InlineData("")]
    [InlineData("工伤中心")]
    public void A_unit_id_is_a_lower_case_slug(string text) =>
        FluentActions.Invoking(() => UnitId.Parse(text)).Should().Throw<FormatException>();

    [Theory]
    [InlineData(1949)]
    [InlineData(2201)]
    public void A_fiscal_year_outside_the_plausible_range_is_refused(int year) =>
        FluentActions.Invoking(() => new FiscalYear(year)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Fiscal_years_order_and_step() =>
        new FiscalYear(2026).Previous.Should().Be(new FiscalYear(2025));
}
