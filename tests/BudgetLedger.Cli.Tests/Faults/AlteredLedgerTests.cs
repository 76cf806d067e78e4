using Microsoft.Data.Sqlite;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// A document whose stored events were edited behind the ledger's back is refused on re-import, not overwritten or
/// crashed on.
/// </summary>
public sealed class AlteredLedgerTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Re_importing_a_document_whose_stored_events_were_altered_is_refused_and_writes_nothing()
    {
        var ledger = seeded.CopyTo(_folder.Path);
        using (var connection = new SqliteConnection($"Data Source={ledger};Pooling=False"))
        {
            connection.Open();
            using var edit = connection.CreateCommand();
            // The sub-select's condition goes on after `""" + " " + """`, on the same line of the statement.
            edit.CommandText = """
                DROP TRIGGER events_are_immutable;
                UPDATE events SET data = CAST(replace(CAST(data AS TEXT), '"value":"', '"value":"1') AS BLOB)
                WHERE position = (SELECT min(position) FROM events
                                  WHERE CAST(data AS TEXT) LIKE '%unit-209105%'
                """ + " " + """
                AND CAST(data AS TEXT) LIKE '%"value":"%');
                """;
            edit.ExecuteNonQuery().Should().Be(1);
        }

        var before = (await CliRun.Invoke("status", "--format", "json", "--store", ledger)).Output;
        var seed = Path.Combine(CliRun.SeedsFolder(), Seeds.WorkInjuryCenter2022);

        var result = await CliRun.Invoke("import", seed, "--store", ledger);

        result.ShouldBeOneError(1, "the stored events differ from the document's");
        result.Error.Should().Contain("altered after they were written");
        (await CliRun.Invoke("status", "--format", "json", "--store", ledger)).Output.Should().Be(before);
    }

    public void Dispose() => _folder.Dispose();
}
