namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// A ledger kept where its writers cannot reach it (as the README advises) can still be checked and read.
/// </summary>
public sealed class ReadOnlyLedgerTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _data = new();

    [SkippableFact]
    public async Task Status_verify_log_findings_and_report_work_on_a_read_only_copy_and_import_is_refused()
    {
        var ledger = Path.GetFileName(seeded.CopyTo(_folder.Path));
        var (mount, why) = ReadOnlyMount.Of(_folder.Path);
        Skip.If(mount is null, why);
        using var _ = mount;
        var store = Path.Combine(mount!.Path, ledger);
        var before = FileState.Of(_folder.Path);
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", _data.Path);
        try
        {
            (await CliRun.Invoke("status", "--store",
                store)).Output.Should().MatchRegex(@"(?m)^events\s+326$").And.Contain("tail matches the kept digest");
            (await CliRun.Invoke("verify", "--store", store)).Output.Should().StartWith("OK: 326 events");
            (await CliRun.Invoke("log", "--limit", "1", "--store", store)).ExitCode.Should().Be(0);
            (await CliRun.Invoke("findings", "--store", store)).ExitCode.Should().Be(0);
            var report = await CliRun.Invoke("report", "budget", "--unit", "209105", "--year", "2022", "--store",
                store);
            report.ExitCode.Should().Be(0, report.Error);
            report.Output.Should().Contain("1762.94");

            var import = await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store);
            import.ShouldBeOneError(1, "a read-only ledger takes no import");
            import.Error.Should().Contain(store);
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", null);
        }

        FileState.Of(_folder.Path).Should().Equal(before);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }
}
