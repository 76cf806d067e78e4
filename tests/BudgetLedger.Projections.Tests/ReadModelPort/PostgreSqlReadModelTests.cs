using BudgetLedger.EventStore;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.Projections.PostgreSql;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Tests.ReadModelPort;

/// <summary>The contract on the PostgreSQL server the test script starts; each test on a ledger of its own.</summary>
public sealed class PostgreSqlReadModelTests : ReadModelContract
{
    protected override string? Unavailable => PostgreSqlServer.Unavailable;

    protected override Func<ReadModelStore> NewPlace()
    {
        var server = PostgreSqlConnection.Parse(PostgreSqlServer.NewLedger("rm"));
        return () => PostgreSqlReadModels.Open(server);
    }

    [SkippableFact]
    public void Read_models_of_another_shape_are_dropped_and_made_again_empty()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var server = PostgreSqlConnection.Parse(PostgreSqlServer.NewLedger("rm"));
        using (var first = PostgreSqlReadModels.Open(server))
        {
            first.Claim("ledger-a");
            first.Commit(0, new LogPoint("ledger-a", 4, "s", 4, [9]), [], []);
        }

        using (var connection = new Npgsql.NpgsqlConnection(server.Settings.ConnectionString))
        {
            connection.Open();
            using var older = new Npgsql.NpgsqlCommand($"UPDATE \"{PostgreSqlReadModels.SchemaOf(server)}\"."
                + "schema_version SET version = 1;", connection);
            older.ExecuteNonQuery();
        }

        using var reopened = PostgreSqlReadModels.Open(server);
        reopened.Checkpoint().Should().Be(0, "a checkpoint of another shape cannot vouch for this one");
        reopened.Origin().Should().BeNull();
        PostgreSqlReadModels.Drop(server);
    }

    [SkippableFact]
    public void A_connection_the_server_dropped_is_opened_again_for_the_next_call()
    {
        Skip.If(Unavailable is not null, Unavailable);
        var named = PostgreSqlConnection.Parse(PostgreSqlServer.NewLedger("rm"));
        var application = $"rm-dropped-{Guid.NewGuid():N}";
        var server = named with
        {
            Settings = new Npgsql.NpgsqlConnectionStringBuilder(named.Settings.ConnectionString)
                { ApplicationName = application },
        };
        using var store = PostgreSqlReadModels.Open(server);
        store.Claim("ledger-a");
        store.Commit(0, new LogPoint("ledger-a", 4, "s", 4, [9]), [], []);

        using (var connection = new Npgsql.NpgsqlConnection(named.Settings.ConnectionString))
        {
            connection.Open();
            using var drop = new Npgsql.NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM "
                + $"pg_stat_activity WHERE application_name = '{application}';", connection);
            Convert.ToInt32(drop.ExecuteScalar()).Should().Be(1, "the store holds one connection");
        }

        var failed = Record.Exception(() => store.Checkpoint());
        store.Checkpoint().Should().Be(4, $"the call after the drop goes on (the one before: {failed?.Message})");
        store.Commit(4, new LogPoint("ledger-a", 6, "s", 6, [9]), [], []);
        store.Checkpoint().Should().Be(6);
        PostgreSqlReadModels.Drop(server);
    }

    [Theory]
    [InlineData("read_models")]
    [InlineData("shanxi_read_models")]
    public void A_ledger_name_that_could_be_another_ledgers_read_models_is_refused(string name)
    {
        var parse = () => PostgreSqlConnection.Parse($"postgresql://ledger@127.0.0.1/budget?ledger={name}");

        parse.Should().Throw<FormatException>().WithMessage("*may not end in 'read_models'*");
    }

    [Fact]
    public void A_server_nobody_answers_on_is_one_error_naming_it_without_its_password()
    {
        var port = LoopbackPorts.Free();
        var server = PostgreSqlConnection.Parse($"postgresql://ledger:secret@127.0.0.1:{port}/budget");

        var open = () => PostgreSqlReadModels.Open(server);

        open.Should().Throw<StoreUnavailableException>().Which.Message.Should()
            .Contain($"127.0.0.1:{port}").And.NotContain("secret");
    }
}
