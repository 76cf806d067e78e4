using BudgetLedger.Domain.Classification;

namespace BudgetLedger.Domain.Tests.Classification;

public class EconomicClassCodeTests
{
    [Theory]
    [InlineData("30101", "301", false)]
    [InlineData("50101", "501", true)]
    public void A_five_digit_code_sits_under_its_class(string code, string parent, bool government)
    {
        var parsed = EconomicClassCode.Parse(code);

        parsed.Parent.Should().Be(EconomicClassCode.Parse(parent));
        parsed.IsGovernmentBudgetClassification.Should().Be(government);
    }

    [Theory]
    [InlineData("30101", "基本工资", BasicExpenditureComponent.PersonnelCosts)]
    [InlineData("30305", "生活补助", BasicExpenditureComponent.PersonnelCosts)]
    [InlineData("30201", "办公费", BasicExpenditureComponent.OperatingCosts)]
    [InlineData("31002", "办公设备购置", BasicExpenditureComponent.OperatingCosts)]
    public void Wages_and_personal_subsidies_are_personnel_costs_the_rest_operating_costs(string code, string name,
        BasicExpenditureComponent component) =>
        EconomicClass.Of(code, name).Component.Should().Be(component);

    [Theory]
    [InlineData("3010")]
    [InlineData("20101")]
    [InlineData("301011")]
    public void A_malformed_economic_code_is_an_error(string text) =>
        FluentActions.Invoking(() => EconomicClassCode.Parse(text)).Should().Throw<FormatException>();
}
