using System.Net;
using BudgetLedger.EventStore.EventStoreDb.Cluster;
using Grpc.Core;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

public class CallFailureTests
{
    [Fact]
    public void A_not_leader_answer_names_the_leader_and_is_worth_retrying()
    {
        var error = NotLeaderAnswer.Naming("127.0.0.1", "2122");

        CallFailure.LeaderOf(error).Should().Be(new DnsEndPoint("127.0.0.1", 2122));
        CallFailure.IsRetryable(error).Should().BeTrue();
    }

    [Fact]
    public void A_missing_stream_is_not_found_too_but_names_no_leader_and_is_not_retried()
    {
        var error = new RpcException(new Status(StatusCode.NotFound, "Event stream 'x' is not found."),
            new Metadata { { "exception", "stream-not-found" } });

        CallFailure.LeaderOf(error).Should().BeNull();
        CallFailure.IsRetryable(error).Should().BeFalse();
    }

    [Fact]
    public void A_node_away_is_retried_and_a_refused_password_is_not()
    {
        CallFailure.IsRetryable(new RpcException(new Status(StatusCode.Unavailable, "refused"))).Should().BeTrue();
        CallFailure.IsRetryable(new RpcException(new Status(StatusCode.Unauthenticated, "no"))).Should().BeFalse();
    }

    [Fact]
    public void A_not_leader_answer_with_a_garbled_port_names_no_leader() =>
        CallFailure.LeaderOf(NotLeaderAnswer.Naming("127.0.0.1", "x")).Should().BeNull();
}
