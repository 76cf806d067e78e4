using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.Import;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage.Sqlite;

namespace BudgetLedger.Projections.Tests;

/// <summary>
/// Live projections on a real EventStoreDB server ($BUDGET_LEDGER_ESDB): woken by its catch-up subscription, not by
/// polling.
/// </summary>
public class EventStoreDbLiveTests
{
    private static readonly string? Endpoint = Environment.GetEnvironmentVariable("BUDGET_LEDGER_ESDB");

    [SkippableFact]
    public async Task On_EventStoreDB_events_appended_while_the_projection_runs_live_arrive_through_the_subscription()
    {
        Skip.If(string.IsNullOrWhiteSpace(Endpoint), "no EventStoreDB endpoint: set BUDGET_LEDGER_ESDB (e.g. "
            + "esdb://127.0.0.1:2113?tls=false) to run the live projection against a real server");
        await using var store = EventStoreDbStore.Connect(EventStoreDbConnection.WithLedger(Endpoint!,
            $"live-{Guid.NewGuid():N}"));
        await DocumentWriter.Write(store, new DisclosureImporter().Read(Seeds.WorkInjuryCenter2022,
            Seeds.Bytes(Seeds.WorkInjuryCenter2022)));
        var folder = Directory.CreateTempSubdirectory("budget-ledger-esdb-live-").FullName;
        try
        {
            using var live = Storage.Sqlite.SqliteReadModels.Open(Path.Combine(folder, "live.readmodels"));
            // A poll interval of an hour: only the server's push can bring the second document in time.
            await using var host = await ProjectionHost.Start(store, live, new ProjectionOptions(Live: true,
                PollInterval: TimeSpan.FromHours(1)));
            await host.CatchUp();
            live.UnitCount().Should().Be(1);

            await DocumentWriter.Write(store, new DisclosureImporter().Read(Seeds.DataCenter2026,
                Seeds.Bytes(Seeds.DataCenter2026)));

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (live.UnitCount() < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            live.UnitCount().Should().Be(2);
            live.Units().Single(u => u.Code is null).Year(2026).Appropriations.Sum(a => a.Amount).Should().Be(1371.76m);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
