using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Import.Documents;
using BudgetLedger.Import.Validation;

namespace BudgetLedger.Import.Tests;

public class FinalAccountsImportTests
{
    private static readonly ImportedDocument Bureau = new DisclosureImporter()
        .Read(Seeds.SocialInsuranceBureau2022, Seeds.Bytes(Seeds.SocialInsuranceBureau2022));

    private static List<T> Events<T>() => Bureau.Events.Select(e => e.Event).OfType<T>().ToList();

    [Fact]
    public void The_bureau_is_209100_and_its_document_is_final_accounts_for_2022()
    {
        Bureau.Header.Kind.Should().Be(DocumentKind.FinalAccountsDisclosure);
        Bureau.Header.UnitCode.Should().Be("209100", "the self-evaluation tables write 209100-山西省社会保险局");
        Bureau.Header.Year.Value.Should().Be(2022);
    }

    [Fact]
    public void The_bureau_spent_8662_13_and_carried_687_57_to_the_next_year()
    {
        var executed = Events<ExpenditureExecuted>();

        executed.Sum(e => e.Amount.Value).Should().Be(8662.13m);
        executed.Where(e => e.ExpenditureKind == ExpenditureKind.ProjectExpenditure).Sum(e => e.Amount.Value)
            .Should().Be(5078.55m);
        executed.Single(e => e.FunctionalClass.Code.Value == "2089999").Amount.Should()
            .Be(Amount.TenThousandYuan(4610.56m));
        Events<YearEndBalanceCarriedForward>().Single().Amount.Should().Be(Amount.TenThousandYuan(687.57m));
        Events<SurplusDistributed>().Single().Amount.Should().Be(Amount.TenThousandYuan(0.07m));
        Events<RevenueStated>().Sum(r => r.Amount.Value).Should().Be(9349.77m);
    }

    [Fact]
    public void The_social_insurance_handling_project_executed_221_51_of_252_83()
    {
        var evaluation = Events<PerformanceSelfEvaluated>().Single(e => e.ProjectName == "社会保险经办专项业务工作经费");

        evaluation.FullYearBudget.Should().Be(Amount.TenThousandYuan(252.83m));
        evaluation.Executed.Should().Be(Amount.TenThousandYuan(221.51m));
        evaluation.ExecutionRatePercent.Should().Be(87.61m);
        evaluation.Score.Should().Be(93.76m);
        Events<PerformanceSelfEvaluated>().Should().HaveCount(3);
    }

    [Fact]
    public void The_detail_table_gives_economic_spending_with_its_basic_share()
    {
        var office = Events<EconomicExpenditureExecuted>().Single(e => e.EconomicClass.Code.Value == "30201");

        office.Amount.Should().Be(Amount.TenThousandYuan(52.70m));
        office.OfWhichBasic.Should().Be(Amount.TenThousandYuan(12.48m));
        office.Component.Should().Be(BasicExpenditureComponent.OperatingCosts);
        Events<EconomicExpenditureExecuted>().Where(e => e.Component == BasicExpenditureComponent.PersonnelCosts)
            .Sum(e => e.Amount?.Value ?? 0m).Should()
            .Be(7474.64m, "the items; the classes sum to 7474.63 and the printed 人员经费合计 is 7474.62: 尾差");
        Bureau.Warnings.Should().Contain(w => w.Rule.StartsWith("PersonnelCosts 合计", StringComparison.Ordinal));
    }

    [Fact]
    public void Procurement_agency_costs_vehicles_and_the_three_public_expenses_are_stated()
    {
        Events<GovernmentProcurementStated>().Single().Should().Match<GovernmentProcurementStated>(p =>
            p.Goods == Amount.TenThousandYuan(35.41m) && p.Works == Amount.TenThousandYuan(14.63m)
                && p.Services == Amount.TenThousandYuan(35.87m) && p.Basis == Basis.Actual);
        Events<AgencyOperatingCostsStated>().Single().Amount.Should().Be(Amount.TenThousandYuan(274.68m));
        Events<AssetsStated>().Should().Contain(a => a.Item.Contains("车辆数合计") && a.Quantity == 2m);
        Events<ThreePublicExpensesStated>().Should()
            .HaveCount(2).And.OnlyContain(t => t.StatedTotal == Amount.TenThousandYuan(1.39m)
                && t.OfficialReception == Amount.TenThousandYuan(0.54m));
    }

    [Fact]
    public void The_notes_claim_of_10_69_percent_against_a_table_of_1_39_of_1_39_is_a_finding()
    {
        var finding = Bureau.Inconsistencies.Should().ContainSingle().Which;

        finding.Table.Should().Be("情况说明");
        finding.Actual.Should().Be("10.69%");
        finding.Expected.Should().Be("100%");
        Events<FindingRecorded>().Should().ContainSingle().Which.Rule.Should().Contain("10.69%");
    }

    [Fact]
    public void Running_costs_booked_under_people_s_congress_affairs_are_a_finding_in_the_2022_work_injury_budget()
    {
        var document = new DisclosureImporter()
            .Read(Seeds.WorkInjuryCenter2022, Seeds.Bytes(Seeds.WorkInjuryCenter2022));

        document.Inconsistencies.Should().ContainSingle().Which.Rule.Should()
            .Contain("[2010150]事业运行").And.Contain("[20101]人大事务");
    }

    [Fact]
    public void November_31st_in_a_performance_target_is_a_finding_in_the_card_centre_budget()
    {
        var document = new DisclosureImporter()
            .Read(Seeds.XinzhouCardCenter2023, Seeds.Bytes(Seeds.XinzhouCardCenter2023));

        document.Inconsistencies.Should().ContainSingle().Which.Actual.Should().Be("2023年11月31日");
    }

    [Theory]
    [InlineData(Seeds.DataCenter2026)]
    [InlineData(Seeds.XinzhouSocialInsurance2023)]
    public void Seeds_without_real_inconsistencies_have_no_findings_only_rounding_warnings(string seed)
    {
        var document = new DisclosureImporter().Read(seed, Seeds.Bytes(seed));

        document.Findings.Should()
            .NotBeEmpty().And.OnlyContain(f => f.Severity == FindingSeverity.RoundingDifference
                && Math.Abs(f.Difference!.Value) <= 0.02m);
    }
}
