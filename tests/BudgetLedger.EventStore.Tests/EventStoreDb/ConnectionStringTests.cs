using BudgetLedger.EventStore.EventStoreDb;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

public class ConnectionStringTests
{
    [Fact]
    public void An_insecure_single_node_string_reads_as_plain_http2_on_the_default_port()
    {
        var connection = EventStoreDbConnection.Parse("esdb://127.0.0.1?tls=false");

        connection.Address.Should().Be(new Uri("http://127.0.0.1:2113"));
        connection.Tls.Should().BeFalse();
        connection.UserName.Should().BeNull();
    }

    [Fact]
    public void Credentials_tls_and_a_ledger_name_are_read_and_the_password_never_printed()
    {
        var connection =
            EventStoreDbConnection.Parse("esdb://admin:changeit@db.example:2114?tlsVerifyCert=false&ledger=shanxi");

        connection.Address.Should().Be(new Uri("https://db.example:2114"));
        (connection.Tls, connection.VerifyCertificate, connection.UserName, connection.Password, connection.Ledger)
            .Should().Be((true, false, "admin", "changeit", "shanxi"));
        connection.ToString().Should().NotContain("changeit");
    }

    [Theory]
    [InlineData("esdb+discover://cluster.example:2113", "discovery")]
    [InlineData("http://127.0.0.1:2113", "not an EventStoreDB connection string")]
    [InlineData("esdb://127.0.0.1:2113?tls=maybe", "tls must be true or false")]
    [InlineData("esdb://127.0.0.1:2113?keepAlive=5", "'keepAlive' is not supported")]
    [InlineData("esdb://127.0.0.1:2113?ledger=$system", "ledger must be a name")]
    public void A_string_it_cannot_honour_is_refused_saying_why(string text, string reason) =>
        FluentActions.Invoking(() => EventStoreDbConnection.Parse(text)).Should().Throw<FormatException>()
            .WithMessage($"*{reason}*");
}
