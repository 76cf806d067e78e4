namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// Read models kept beside a ledger that was removed and started again are never served as the new ledger's.
/// </summary>
public sealed class LedgerReplacedTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_ledger_removed_and_started_again_under_kept_read_models_answers_for_its_own_units_only()
    {
        var ledger = seeded.CopyTo(_folder.Path);
        var report = await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", ledger);
        report.Output.Should().Contain("1762.94");
        File.Exists(ledger + ".readmodels").Should().BeTrue();

        File.Delete(ledger);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        (await CliRun.Invoke("init", "--store", ledger)).ExitCode.Should().Be(0);
        var again = await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store", ledger);

        again.ExitCode.Should().Be(1);
        again.Output.Should().NotContain("1762.94");
        again.Error.Should().Contain("read models rebuilt from the log: they were built from another ledger")
            .And.Contain("error: no unit matches '209105'");
    }

    [Fact]
    public async Task An_older_copy_of_the_same_ledger_restored_under_newer_read_models_is_refolded()
    {
        var older = Path.Combine(_folder.Path, "older.db");
        var seeds = CliRun.SeedsFolder();
        (await CliRun.Invoke("import", Path.Combine(seeds, Seeds.WorkInjuryCenter2022),
            "--store", older)).ExitCode.Should().Be(0);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var ledger = Path.Combine(_folder.Path, "ledger.db");
        File.Copy(older, ledger);
        (await CliRun.Invoke("import", seeds, "--store", ledger)).ExitCode.Should().Be(0);
        (await CliRun.Invoke("report", "budget", "--unit", "数据中心", "--year", "2026", "--store",
            ledger)).ExitCode.Should().Be(0);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(older, ledger, overwrite: true);
        var restored = await CliRun.Invoke("report", "budget", "--unit", "数据中心", "--year", "2026", "--store", ledger);

        restored.ExitCode.Should().Be(1, "the restored copy holds no 2026 document");
        restored.Error.Should().Contain("read models rebuilt from the log: the log no longer holds the event at "
            + "position");
    }

    public void Dispose() => _folder.Dispose();
}
