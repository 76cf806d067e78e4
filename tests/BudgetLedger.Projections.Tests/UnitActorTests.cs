using Akka.TestKit.Xunit2;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Testing;

namespace BudgetLedger.Projections.Tests;

public class UnitActorTests : TestKit
{
    [Fact]
    public void A_unit_actor_folds_a_batch_and_skips_events_it_has_already_folded()
    {
        var appropriation = SampleEvents.All().OfType<Domain.Events.BudgetAppropriated>().Single();
        var actor = Sys.ActorOf(UnitActor.Props(new UnitView(appropriation.UnitId.Value)));

        actor.Tell(new ApplyEvents([new PositionedEvent(5, appropriation)]), TestActor);
        ExpectMsg<UnitApplied>(TimeSpan.FromSeconds(30)).View.Year(2022).Appropriations.Should().ContainSingle();

        // A redelivery after a crash before the checkpoint was stored: the same position again, and one new event.
        actor.Tell(new ApplyEvents([new PositionedEvent(5, appropriation),
            new PositionedEvent(9, appropriation)]), TestActor);
        var view = ExpectMsg<UnitApplied>(TimeSpan.FromSeconds(30)).View;

        view.Year(2022).Appropriations.Should().HaveCount(2);
        view.LastPosition.Should().Be(9UL);
    }
}
