using BudgetLedger.Import;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Tests;

/// <summary>The fold on its own, without actors.</summary>
public class UnitViewProjectionTests
{
    [Fact]
    public void Folding_the_2022_work_injury_budget_gives_its_appropriations_by_kind()
    {
        var document = new DisclosureImporter()
            .Read(Seeds.WorkInjuryCenter2022, Seeds.Bytes(Seeds.WorkInjuryCenter2022));

        var view = document.Events.Aggregate(new UnitView(document.UnitId.Value),
            (v, e) => UnitViewProjection.Apply(v, e.Event));
        var year = view.Year(2022);

        view.Name.Should().Be("山西省工伤保险管理服务中心");
        view.Code.Should().Be("209105");
        year.Appropriations.Sum(a => a.Amount).Should().Be(1762.94m);
        year.Appropriations.Where(a => a.Kind == Domain.Classification.ExpenditureKind.ProjectExpenditure)
            .Sum(a => a.Amount).Should().Be(1034.75m);
        year.ClassNames["20801"].Should().Be("人力资源和社会保障管理事务");
        year.Findings.Should().ContainSingle().Which.Rule.Should().Contain("事业运行");
    }

    [Fact]
    public void A_transfer_concerns_both_units()
    {
        var transfer = BudgetLedger.Testing.SampleEvents.All().OfType<Domain.Events.FunctionTransferred>().Single();

        UnitRouting.UnitsOf(transfer).Should().Equal("shanxi-209105", "shanxi-209100");
    }
}
