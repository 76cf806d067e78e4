using BudgetLedger.Cli.Composition;

namespace BudgetLedger.Cli.Tests;

/// <summary>The main job on the throwaway PostgreSQL server against the same on SQLite.</summary>
public sealed class PostgreSqlCliTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string? _server;

    [SkippableFact]
    public async Task Seeds_imported_into_PostgreSQL_give_the_same_events_reports_and_explanations_as_on_SQLite()
    {
        Skip.If(PostgreSqlServer.Unavailable is not null, PostgreSqlServer.Unavailable);
        _server = PostgreSqlServer.NewLedger("cli");

        await StoreParity.SeedsGiveTheSameLedger(_server, Path.Combine(_folder.Path, "ledger.db"));
    }

    [Theory]
    [InlineData("postgresql://postgres@127.0.0.1:1/postgres", "cannot reach the server")]
    [InlineData("postgresql://127.0.0.1/postgres?ledger=Bad-Name", "ledger must be")]
    [InlineData("postgresql://127.0.0.1/postgres?pool=9", "'pool' is not supported")]
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
            StoreLocation.DeleteReadModels(_server);
        }
    }
}
