using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Import.Tests;

public class StatedReasonsTests
{
    private static List<VarianceReasonStated> Reasons(string seed) =>
        new DisclosureImporter().Read(seed, Seeds.Bytes(seed)).Events.Select(e => e.Event)
            .OfType<VarianceReasonStated>().ToList();

    [Fact]
    public void The_2026_total_fell_148_58_against_2025_which_implies_1563_24()
    {
        var headline = Reasons(Seeds.DataCenter2026).First(r => r.SubjectKind == VarianceSubjectKind.UnitTotal);

        headline.Subject.Should().Be("预算收入总计");
        headline.Direction.Should().Be(VarianceDirection.Decrease);
        headline.Amount.Should().Be(Amount.TenThousandYuan(148.58m));
        headline.ImpliedPriorYear.Should().Be(Amount.TenThousandYuan(1563.24m));
    }

    [Fact]
    public void The_2026_reasons_name_three_transferred_lines_a_card_increase_and_a_new_data_security_line_leaving_2_11_unexplained()
    {
        var reasons = Reasons(Seeds.DataCenter2026).Where(r => r.SubjectKind == VarianceSubjectKind.Project).ToList();

        reasons.Where(r => r.Kind == VarianceReasonKind.Transfer).Select(r => (r.Subject, r.Amount.Value))
            .Should().BeEquivalentTo(
                [("工伤保险业务经办费", 53.23m), ("工伤档案用房租赁费", 26.3m), ("工伤认定、劳动能力鉴定数据治理费", 198.06m)]);
        reasons.Should().ContainSingle(r => r.Kind == VarianceReasonKind.Increase).Which.Should()
            .Match<VarianceReasonStated>(r => r.Subject == "社会保障卡工作经费" && r.Amount.Value == 106.9m);
        reasons.Should().ContainSingle(r => r.Kind == VarianceReasonKind.New).Which.Should()
            .Match<VarianceReasonStated>(r => r.Subject == "人社数据工作经费" && r.Amount.Value == 20m);
        var explained = reasons.Sum(r => r.Direction == VarianceDirection.Increase ? r.Amount.Value : -r.Amount.Value);
        (-148.58m - explained).Should().Be(2.11m);
    }

    [Fact]
    public void The_bureau_explains_its_2022_fall_by_a_58000_one_off_project()
    {
        var reasons = Reasons(Seeds.SocialInsuranceBureau2022);

        reasons.Should().Contain(r => r.Subject == "收入总计" && r.Amount.Value == 52711.61m
            && r.ImpliedPriorYear == Amount.TenThousandYuan(62061.38m));
        reasons.Should().ContainSingle(r => r.Kind == VarianceReasonKind.OneOff).Which.Should()
            .Match<VarianceReasonStated>(r => r.Subject == "省本级机关事业单位职业年金补助资金" && r.Amount.Value == 58000m
                && r.Direction == VarianceDirection.Decrease);
    }

    [Fact]
    public void Xinzhou_social_insurance_grew_187_15_from_666_62_with_the_new_168_heating_project()
    {
        var reasons = Reasons(Seeds.XinzhouSocialInsurance2023);

        reasons.Should().Contain(r => r.SubjectKind == VarianceSubjectKind.UnitTotal
            && r.Direction == VarianceDirection.Increase && r.ImpliedPriorYear == Amount.TenThousandYuan(666.62m));
        reasons.Should().Contain(r => r.Kind == VarianceReasonKind.New && r.Amount.Value == 168m
            && r.Subject.Contains("取暖费"));
        reasons.Should().Contain(r => r.SubjectKind == VarianceSubjectKind.OtherFigure && r.Subject == "机关运行经费预算"
            && r.Amount.Value == 8.86m);
    }

    [Fact]
    public void The_card_centre_states_its_84_74_fall_for_revenue_expenditure_and_the_general_budget()
    {
        Reasons(Seeds.XinzhouCardCenter2023).Should()
            .HaveCount(3).And.OnlyContain(r => r.Amount.Value == 84.74m
                && r.ImpliedPriorYear == Amount.TenThousandYuan(225.04m));
    }
}
