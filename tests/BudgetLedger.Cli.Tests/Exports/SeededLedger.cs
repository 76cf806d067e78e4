namespace BudgetLedger.Cli.Tests.Exports;

/// <summary>The seeds imported once into a ledger file the export tests of a class share and only read.</summary>
public sealed class SeededLedger : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Store => Path.Combine(_folder.Path, "ledger.db");

    /// <summary>A new folder path for an export (not created).</summary>
    public string NewFolder() => Path.Combine(_folder.Path, $"export-{Guid.NewGuid():N}");

    internal async Task<CliResult> Export(params string[] args) =>
        await CliRun.Invoke(["export", .. args, "--store", Store]);

    /// <summary>Exports and returns the export's folder; fails the test with the command's error if it fails.</summary>
    public async Task<string> ExportTo(params string[] args)
    {
        var folder = NewFolder();
        var result = await Export([.. args, "--out", folder]);
        result.ExitCode.Should().Be(0, result.Error);
        return folder;
    }

    public async Task InitializeAsync() =>
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store)).ExitCode.Should().Be(0);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
