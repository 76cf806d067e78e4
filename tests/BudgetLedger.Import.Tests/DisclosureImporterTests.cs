using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Import.Documents;
using Newtonsoft.Json;

namespace BudgetLedger.Import.Tests;

public class DisclosureImporterTests
{
    private static ImportedDocument Import(string seed) => new DisclosureImporter().Read(seed, Seeds.Bytes(seed));

    private static List<T> Events<T>(ImportedDocument document)
        => document.Events.Select(e => e.Event).OfType<T>().ToList();

    [Fact]
    public void The_2022_work_injury_centre_appropriates_1762_94_with_956_of_project_money_for_information_systems()
    {
        var document = Import(Seeds.WorkInjuryCenter2022);
        var appropriations = Events<BudgetAppropriated>(document);

        document.Header.UnitCode.Should().Be("209105");
        document.Header.Year.Value.Should().Be(2022);
        document.UnitId.Value.Should().Be("unit-209105");
        appropriations.Single(a => a.FunctionalClass.Code.Value == "2080108").Should().Match<BudgetAppropriated>(a =>
            a.ExpenditureKind == ExpenditureKind.ProjectExpenditure && a.Amount == Amount.TenThousandYuan(956.00m)
                && a.FundSource == FundSource.GeneralPublicBudget);
        appropriations.Sum(a => a.Amount.Value).Should().Be(1762.94m);
        appropriations.Where(a => a.ExpenditureKind ==
            ExpenditureKind.BasicExpenditure).Sum(a => a.Amount.Value).Should().Be(728.19m);
        Events<ThreePublicExpensesStated>(document).Single().OfficialReception.Should()
            .Be(Amount.TenThousandYuan(1.00m));
    }

    [Fact]
    public void The_2022_work_injury_centre_budgets_basic_expenditure_by_economic_class_down_to_the_cent()
    {
        var basic = Events<BasicExpenditureBudgeted>(Import(Seeds.WorkInjuryCenter2022));

        basic.Single(b => b.EconomicClass.Code.Value == "30101").Amount.Should().Be(Amount.TenThousandYuan(234.43m));
        basic.Where(b => b.Component ==
            BasicExpenditureComponent.OperatingCosts).Sum(b => b.Amount.Value).Should().Be(95.21m,
            "the items; the table's own subtotal 95.20 is a 尾差");
        basic.Sum(b => b.Amount.Value).Should().Be(728.22m, "625.87 + 95.21 + 7.14: the items, against the printed "
            + "728.19");
    }

    [Fact]
    public void The_2026_data_centre_carries_42_90_forward_on_the_social_security_card_project()
    {
        var document = Import(Seeds.DataCenter2026);

        Events<ProjectDeclared>(document).Should().ContainSingle(p => p.Funding == ProjectFunding.Carryover)
            .Which.Should().Match<ProjectDeclared>(p => p.ProjectName == "社会保障卡工作经费"
                && p.Amount == Amount.TenThousandYuan(42.90m));
        Events<CarryoverBroughtForward>(document).Should().ContainSingle()
            .Which.Should().Match<CarryoverBroughtForward>(c => c.FunctionalClass!.Code.Value == "2080107"
                && c.ExpenditureKind == ExpenditureKind.ProjectExpenditure
                && c.Amount == Amount.TenThousandYuan(42.90m));
        Events<BudgetAppropriated>(document).Sum(a => a.Amount.Value).Should().Be(1371.76m);
        Events<PerformanceTargetsDeclared>(document).Should().Contain(t => t.ProjectName == "人社数据工作经费"
            && t.AnnualFunds == Amount.Yuan(200_000m) && t.Kind == ProjectKind.Recurring);
    }

    [Fact]
    public void Xinzhou_social_insurance_budgets_the_168_wan_yuan_heating_fee_project_and_59_61_of_agency_costs()
    {
        var document = Import(Seeds.XinzhouSocialInsurance2023);

        Events<ProjectDeclared>(document).Should().Contain(p => p.ProjectName.Contains("取暖费",
            StringComparison.Ordinal) && p.Amount == Amount.TenThousandYuan(168.00m)
            && p.Funding == ProjectFunding.CurrentYear);
        Events<PerformanceTargetsDeclared>(document).Should().Contain(t => t.ProjectName == "企业养老保险全国统筹后新增退休人员取暖费负担资金"
            && t.Kind == ProjectKind.OneOff);
        Events<AgencyOperatingCostsStated>(document).Single().Amount.Should().Be(Amount.TenThousandYuan(59.61m));
        document.Warnings.Should().Contain(w => w.Rule.Contains("[208]社会保障和就业支出")
            && w.Difference == 0.01m, "803.78 printed where the items sum to 803.77 is a 尾差");
    }

    [Fact]
    public void The_Xinzhou_card_centre_budgets_83_for_the_golden_insurance_project()
    {
        var document = Import(Seeds.XinzhouCardCenter2023);

        Events<ProjectDeclared>(document).Should().ContainSingle().Which.Should()
            .Match<ProjectDeclared>(p => p.ProjectName == "金保工程信息系统日常运营维护"
                && p.Amount == Amount.TenThousandYuan(83.00m));
        document.Events.Select(e => e.Event).OfType<IBudgetEvent>().Should()
            .NotContain(e => JsonConvert.SerializeObject(e, LedgerJson.Settings).Contains("仅供内部审核"),
                "the watermark is page furniture");
    }

    public static TheoryData<string> BudgetSeeds => [Seeds.WorkInjuryCenter2022, Seeds.DataCenter2026,
        Seeds.XinzhouSocialInsurance2023, Seeds.XinzhouCardCenter2023];

    [Theory]
    [MemberData(nameof(BudgetSeeds))]
    public void Contact_persons_and_phone_numbers_never_reach_an_event(string seed)
    {
        var json = string.Join("\n", Import(seed).Events.Select(e => JsonConvert.SerializeObject(e.Event,
            LedgerJson.Settings)));

        // The sign-off row's labels are printed and kept; the people and numbers behind them are withheld.
        json.Should().NotContain("王宗兴").And.NotContain("18735173882").And.NotContain("3042611")
            .And.NotContain("6695510").And.NotContain("李俊").And.NotContain("15903502860");
    }

    [Theory]
    [MemberData(nameof(BudgetSeeds))]
    public void Importing_a_seed_twice_yields_the_same_events_with_the_same_ids(string seed)
    {
        var first = Import(seed);
        var second = Import(seed);

        second.Events.Select(e => e.EventId).Should().Equal(first.Events.Select(e => e.EventId));
        first.Events.Select(e => e.EventId).Should().OnlyHaveUniqueItems();
        first.Events[0].Event.Should().BeOfType<DocumentImported>().Which.EventCount.Should().Be(first.Events.Count);
    }

    [Theory]
    [MemberData(nameof(BudgetSeeds))]
    public void Every_event_carries_the_document_hash_and_the_line_it_came_from(string seed)
    {
        var document = Import(seed);

        document.Events.Should().OnlyContain(e => e.Provenance.DocumentSha256 == document.Sha256
            && e.Provenance.TableTitle != null);
        document.Events.Skip(1).Should().OnlyContain(e => e.Provenance.Row > 0);
    }
}
