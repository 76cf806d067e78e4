using BudgetLedger.Cli.Composition;
using BudgetLedger.Projections.Storage.Sqlite;
namespace BudgetLedger.Cli.Tests;

/// <summary>The main job on a real EventStoreDB server ($BUDGET_LEDGER_ESDB) against the same on SQLite.</summary>
public sealed class EventStoreDbCliTests : IDisposable
{
    private static readonly string? Endpoint = Environment.GetEnvironmentVariable("BUDGET_LEDGER_ESDB");
    private readonly TempFolder _folder = new();
    private string? _server;

    [SkippableFact]
    public async Task Seeds_imported_into_EventStoreDB_give_the_same_events_reports_and_explanations_as_on_SQLite()
    {
        Skip.If(string.IsNullOrWhiteSpace(Endpoint), "no EventStoreDB endpoint: set BUDGET_LEDGER_ESDB "
            + "(e.g. esdb://127.0.0.1:2113?tls=false) to run the CLI against a real server");
        var server = _server =
            EventStore.EventStoreDb.EventStoreDbConnection.WithLedger(Endpoint!, $"cli-{Guid.NewGuid():N}");
        await StoreParity.SeedsGiveTheSameLedger(server, Path.Combine(_folder.Path, "ledger.db"));
    }

    [Theory]
    [InlineData("esdb://127.0.0.1:1?tls=false", "cannot reach the server")]
    [InlineData("esdb://127.0.0.1:2113?tls=maybe", "tls must be true or false")]
    [InlineData("esdb+discover://127.0.0.1:1?tls=false", "found through gossip")]
    public async Task A_server_that_cannot_be_used_is_a_clear_error_not_a_stack_trace(string store, string reason)
    {
        var result = await CliRun.Invoke("status", "--store", store);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: ").And.Contain(reason).And.NotContain("   at ");
    }

    public void Dispose()
    {
        _folder.Dispose();
        if (_server is not null)
        {
            var readModels = StoreLocation.ReadModelsPath(_server);
            SqliteReadModels.Delete(readModels);
        }
    }
}
