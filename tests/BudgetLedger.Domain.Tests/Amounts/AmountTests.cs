using BudgetLedger.Domain.Amounts;

namespace BudgetLedger.Domain.Tests.Amounts;

public class AmountTests
{
    [Theory]
    [InlineData("1,563.24 万元", 1563.24, AmountUnit.TenThousandYuan)]
    [InlineData("148.58万元", 148.58, AmountUnit.TenThousandYuan)]
    [InlineData("532300元", 532300, AmountUnit.Yuan)]
    [InlineData("-2.11 万元", -2.11, AmountUnit.TenThousandYuan)]
    public void Disclosure_figures_parse_exactly_with_their_unit(string text, decimal value, AmountUnit unit) =>
        Amount.Parse(text).Should().Be(new Amount(value, unit));

    [Theory]
    [InlineData("1563.24")]
    [InlineData("万元")]
    [InlineData("abc 元")]
    [InlineData("")]
    public void Text_without_a_number_and_a_unit_is_not_an_amount(string text) =>
        FluentActions.Invoking(() => Amount.Parse(text)).Should().Throw<FormatException>().WithMessage($"*'{text}'*");

    [Fact]
    public void Ten_thousand_yuan_converts_to_yuan_without_rounding()
    {
        var amount = Amount.TenThousandYuan(53.23m);

        amount.InYuan.Should().Be(532_300m);
        amount.To(AmountUnit.Yuan).Should().Be(Amount.Yuan(532_300m));
        Amount.Yuan(532_300m).To(AmountUnit.TenThousandYuan).Should().Be(amount);
    }

    [Fact]
    public void Adding_across_units_converts_the_right_hand_side_exactly()
    {
        var sum = Amount.TenThousandYuan(1.00m) + Amount.Yuan(1m);

        sum.Should().Be(Amount.TenThousandYuan(1.0001m));
    }

    [Fact]
    public void The_three_transferred_project_lines_sum_to_277_59_wan_yuan()
    {
        var total = Amount.TenThousandYuan(53.23m) + Amount.TenThousandYuan(26.30m) + Amount.TenThousandYuan(198.06m);

        total.Should().Be(Amount.TenThousandYuan(277.59m));
    }

    [Fact]
    public void The_2026_stated_reasons_leave_2_11_wan_yuan_of_the_148_58_decrease_unexplained()
    {
        var stated = -Amount.TenThousandYuan(277.59m) + Amount.TenThousandYuan(106.90m)
            + Amount.TenThousandYuan(20.00m);
        var actual = -Amount.TenThousandYuan(148.58m);

        (actual - stated).Should().Be(Amount.TenThousandYuan(2.11m));
    }

    [Fact]
    public void The_same_money_in_different_units_compares_equal_in_value_but_not_in_form()
    {
        Amount.TenThousandYuan(1m).SameMoneyAs(Amount.Yuan(10_000m)).Should().BeTrue();
        Amount.TenThousandYuan(1m).Should().NotBe(Amount.Yuan(10_000m));
        Amount.TenThousandYuan(1m).CompareTo(Amount.Yuan(9_999m)).Should().BePositive();
    }
}
