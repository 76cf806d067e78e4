using BudgetLedger.Domain.Events;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;

namespace BudgetLedger.Import.Tests.Writing;

/// <summary>
/// A document imported by an earlier importer (fewer events) is already imported: nothing is rewritten or added.
/// </summary>
public sealed class EarlierImporterTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budget-ledger-earlier-").FullName;

    [Fact]
    public async Task Importing_again_a_document_an_earlier_importer_read_into_fewer_events_writes_nothing_and_says_so()
    {
        await using var store = SqliteEventStore.Open(Path.Combine(_folder, "ledger.db"));
        var now = new DisclosureImporter().Read(Seeds.WorkInjuryCenter2022, Seeds.Bytes(Seeds.WorkInjuryCenter2022));
        var earlier = now with { Events = now.Events.Where(e => e.Event is not TablePublished).ToList() };
        var written = await DocumentWriter.Write(store, earlier);
        var before = (await store.ReadLast())!.Position;

        var again = await DocumentWriter.Write(store, now);

        again.AlreadyStored.Should().BeTrue();
        again.EarlierVersion.Should().Be((earlier.Events.Count, now.Events.Count));
        (await store.ReadLast())!.Position.Should().Be(before);
        written.AlreadyStored.Should().BeFalse();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
