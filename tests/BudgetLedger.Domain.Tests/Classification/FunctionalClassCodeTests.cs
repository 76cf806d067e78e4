using BudgetLedger.Domain.Classification;

namespace BudgetLedger.Domain.Tests.Classification;

public class FunctionalClassCodeTests
{
    [Fact]
    public void An_item_code_knows_its_section_and_category()
    {
        var code = FunctionalClassCode.Parse("2080107");

        code.Level.Should().Be(FunctionalClassLevel.Item);
        code.Parent.Should().Be(FunctionalClassCode.Parse("20801"));
        code.Parent!.Value.Parent.Should().Be(FunctionalClassCode.Parse("208"));
        code.Category.Parent.Should().BeNull();
        code.SelfAndAncestors().Select(c => c.Value).Should().Equal("2080107", "20801", "208");
        code.IsWithin(FunctionalClassCode.Parse("208")).Should().BeTrue();
        code.IsWithin(FunctionalClassCode.Parse("201")).Should().BeFalse();
    }

    [Theory]
    [InlineData("20")]
    [InlineData("2080")]
    [InlineData("208010")]
    [InlineData("20801077")]
    [InlineData("108")]
    [InlineData("2O8")]
    [InlineData("[208]")]
    [InlineData("")]
    public void A_malformed_code_is_an_error_that_names_it(string text) =>
        FluentActions.Invoking(() => FunctionalClassCode.Parse(text)).Should().Throw<FormatException>()
            .WithMessage($"*'{text}'*");

    [Fact]
    public void Category_names_are_the_national_ones()
    {
        FunctionalClass.StandardCategoryName(FunctionalClassCode.Parse("2080107")).Should().Be("社会保障和就业支出");
        FunctionalClass.StandardCategoryName(FunctionalClassCode.Parse("221")).Should().Be("住房保障支出");
    }

    [Fact]
    public void A_functional_class_prints_as_the_disclosures_do() =>
        FunctionalClass.Of("2010150", "事业运行").ToString().Should().Be("[2010150]事业运行");
}
