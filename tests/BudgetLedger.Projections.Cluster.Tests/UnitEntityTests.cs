using Akka.TestKit.Xunit2;
using BudgetLedger.Domain.Events;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.Cluster.Sharding;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Cluster.Tests;

/// <remarks>Answers are awaited up to 30 s: CI runs the suites side by side on two cores.</remarks>
public class UnitEntityTests() : TestKit("akka.test.single-expect-default = 30s")
{
    private static readonly BudgetAppropriated Appropriation =
        SampleEvents.All().OfType<BudgetAppropriated>().Single();

    private static readonly string Unit = Appropriation.UnitId.Value;

    [Fact]
    public void Within_an_epoch_a_redelivered_event_is_skipped()
    {
        var entity = Sys.ActorOf(UnitEntity.Props(_ => null));
        var epoch = Guid.NewGuid();

        entity.Tell(new UnitBatch(Unit, epoch, [new PositionedEvent(5, Appropriation)]), TestActor);
        ExpectMsg<UnitApplied>().ChangedYears.Keys.Should().Equal(2022);
        entity.Tell(new UnitBatch(Unit, epoch, [new PositionedEvent(5, Appropriation)]), TestActor);

        ExpectMsg<UnitApplied>().ChangedYears.Should().BeEmpty();
    }

    [Fact]
    public void A_new_epoch_folds_on_the_view_as_stored_not_on_what_this_actor_folded_before()
    {
        // The first batch was folded here, then its commit was lost with the node that sent it.
        var stored = new UnitView(Unit);
        var entity = Sys.ActorOf(UnitEntity.Props(_ => stored));
        entity.Tell(new UnitBatch(Unit, Guid.NewGuid(), [new PositionedEvent(5, Appropriation)]), TestActor);
        ExpectMsg<UnitApplied>();

        entity.Tell(new UnitBatch(Unit, Guid.NewGuid(), [new PositionedEvent(5, Appropriation)]), TestActor);
        var again = ExpectMsg<UnitApplied>();

        again.ChangedYears.Keys.Should().Equal(2022);
        again.View.LastPosition.Should().Be(5UL);
    }

    [Fact]
    public void A_fold_that_fails_answers_with_the_failure_and_reloads_next_time()
    {
        var loads = 0;
        var entity = Sys.ActorOf(UnitEntity.Props(_ => ++loads == 1 ? throw new IOException("read models away")
            : null));
        var epoch = Guid.NewGuid();

        entity.Tell(new UnitBatch(Unit, epoch, [new PositionedEvent(5, Appropriation)]), TestActor);
        ExpectMsg<Akka.Actor.Status.Failure>().Cause.Message.Should().Contain("read models away");
        entity.Tell(new UnitBatch(Unit, epoch, [new PositionedEvent(5, Appropriation)]), TestActor);

        ExpectMsg<UnitApplied>().ChangedYears.Keys.Should().Equal(2022);
    }
}
