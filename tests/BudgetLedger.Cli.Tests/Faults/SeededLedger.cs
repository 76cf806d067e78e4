using Microsoft.Data.Sqlite;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>The seeds imported once into a ledger file; each test works on its own copy.</summary>
public sealed class SeededLedger : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Template => Path.Combine(_folder.Path, "seeds.db");

    public async Task InitializeAsync()
    {
        var result = await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Template);
        result.ExitCode.Should().Be(0, result.Error);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// A copy of the seeded ledger (the file alone: its writer closed it whole) in <paramref name="folder"/>.
    /// </summary>
    public string CopyTo(string folder)
    {
        var copy = Path.Combine(folder, $"ledger-{Guid.NewGuid():N}.db");
        File.Copy(Template, copy);
        return copy;
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
