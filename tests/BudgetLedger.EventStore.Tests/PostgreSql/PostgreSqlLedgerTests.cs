using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.EventStore.Tests.Contract;
using Npgsql;

namespace BudgetLedger.EventStore.Tests.PostgreSql;

/// <summary>What the server's own schema holds to: history is never rewritten, a ledger is made once.</summary>
public sealed class PostgreSqlLedgerTests
{
    [SkippableTheory]
    [InlineData("UPDATE events SET type = 'V1.Other'")]
    [InlineData("DELETE FROM events")]
    [InlineData("TRUNCATE events")]
    [InlineData("UPDATE ledger SET ledger_id = 'another'")]
    public async Task Rewriting_history_in_SQL_is_refused_by_the_schema(string sql)
    {
        Skip.If(PostgreSqlServer.Unavailable is not null, PostgreSqlServer.Unavailable);
        await using var store = PostgreSqlEventStore.Connect(PostgreSqlServer.NewLedger());
        await store.Append("unit-a", ExpectedRevision.NoStream, TestEvents.Lines(3));
        var id = await store.LedgerId();
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET search_path TO {store.Connection.Schema}; {sql};",
            connection);

        var act = () => command.ExecuteNonQueryAsync();

        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should()
            .Contain("history is never rewritten");
        (await store.ReadAll().ToListAsync()).Should().HaveCount(3);
        (await store.LedgerId()).Should().Be(id);
    }

    [SkippableFact]
    public async Task Clients_racing_to_make_a_new_ledger_make_it_once()
    {
        Skip.If(PostgreSqlServer.Unavailable is not null, PostgreSqlServer.Unavailable);
        var ledger = PostgreSqlServer.NewLedger();
        var stores = Enumerable.Range(0, 6).Select(_ => PostgreSqlEventStore.Connect(ledger)).ToList();

        var ids = await Task.WhenAll(stores.Select(s => s.LedgerId()));

        ids.Distinct().Should().ContainSingle();
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
