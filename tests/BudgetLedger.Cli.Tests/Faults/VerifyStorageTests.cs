using Microsoft.Data.Sqlite;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// verify looks beneath the events too: SQLite's own integrity check, and a write-ahead log that lost committed work.
/// </summary>
public sealed class VerifyStorageTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_damaged_index_page_fails_verify_though_every_event_still_reads()
    {
        var ledger = seeded.CopyTo(_folder.Path);
        long page;
        using (var connection = new SqliteConnection($"Data Source={ledger};Pooling=False"))
        {
            connection.Open();
            using var root = connection.CreateCommand();
            root.CommandText = "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                + "ORDER BY name LIMIT 1;";
            page = (long)root.ExecuteScalar()!;
        }

        using (var file = File.OpenWrite(ledger))
        {
            file.Position = (page - 1) * 4096; // the page header: its kind and cell count
            file.Write(Enumerable.Repeat((byte)0x5A, 12).ToArray());
        }

        (await CliRun.Invoke("log", "--store", ledger)).ExitCode.Should().Be(0, "the events themselves still read");
        var result = await CliRun.Invoke("verify", "--store", ledger);

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith("FAILED: ").And.Contain("integrity check");
    }

    [Fact]
    public async Task A_write_ahead_log_damaged_after_a_committed_import_fails_verify_without_a_digest()
    {
        var ledger = Path.Combine(_folder.Path, "live.db");
        (await CliRun.Invoke("init", "--store", ledger)).ExitCode.Should().Be(0);
        var copy = Path.Combine(_folder.Path, "copy.db");
        using (var holder = new SqliteConnection($"Data Source={ledger};Pooling=False"))
        {
            holder.Open(); // keeps the log from being folded into the file when the importer closes
            using (var read = holder.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM events;";
                read.ExecuteScalar();
            }

            (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", ledger)).ExitCode.Should().Be(0);
            File.Copy(ledger, copy);
            var wal = File.ReadAllBytes(ledger + "-wal");
            wal[wal.Length / 3] ^= 0xFF;
            File.WriteAllBytes(copy + "-wal", wal);
        }

        var status = await CliRun.Invoke("status", "--format", "json", "--store", copy);
        CliRun.Json(status.Output).Value<long>("events").Should().BeLessThan(323, "SQLite drops every frame after "
            + "the damaged one");
        var result = await CliRun.Invoke("verify", "--store", copy);

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith("FAILED: copy.db-wal is damaged at frame").And.Contain("committed "
            + "transaction(s): events were lost");
    }

    public void Dispose() => _folder.Dispose();
}
