using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;
using BudgetLedger.Testing;

namespace BudgetLedger.Domain.Tests.Units;

public class BudgetUnitTests
{
    [Fact]
    public void A_renamed_unit_keeps_its_identity_and_its_former_names()
    {
        var unit = BudgetUnit.Register(new UnitRegistered(SampleEvents.DataCenter, "209105", "山西省工伤保险管理服务中心",
            SampleEvents.Hrss, new FiscalYear(2022)))
            .Apply(new UnitRenamed(SampleEvents.DataCenter, "山西省工伤保险管理服务中心", "山西省人力资源和社会保障数据中心", null,
                new FiscalYear(2026), null));

        unit.Id.Should().Be(SampleEvents.DataCenter);
        unit.Name.Should().Be("山西省人力资源和社会保障数据中心");
        unit.Code.Should().Be("209105");
        unit.WasKnownAs("山西省工伤保险管理服务中心").Should().BeTrue();
        unit.Lineage.Select(n => n.From.Value).Should().Equal(2022, 2026);
        unit.SupervisingDepartment!.Code.Should().Be("209");
    }

    [Fact]
    public void A_rename_of_another_unit_is_refused()
    {
        var unit = BudgetUnit.Register(new UnitRegistered(SampleEvents.DataCenter, "209105", "中心", null,
            new FiscalYear(2022)));

        FluentActions.Invoking(() => unit.Apply(new UnitRenamed(SampleEvents.SocialInsuranceBureau, "a", "b", null,
            new FiscalYear(2023), null)))
            .Should().Throw<InvalidOperationException>();
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
