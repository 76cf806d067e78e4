namespace BudgetLedger.Faults.Fixtures;

/// <summary>What several cases start from, built once and only when a case first asks.</summary>
public sealed class SharedFixtures(string folder, string seedsFolder, SuiteOptions options)
{
    private readonly Lazy<Task<TemplateLedger>> _template = new(() => TemplateLedger.Build(
        Directory.CreateDirectory(Path.Combine(folder, "template")).FullName, seedsFolder, options));

    public string SeedsFolder => seedsFolder;

    /// <summary>A ledger holding the imported seeds, its read models caught up, and what a clean run shows.</summary>
    public Task<TemplateLedger> Template => _template.Value;

    /// <summary>The template if a case has built it.</summary>
    public TemplateLedger? Built =>
        _template.IsValueCreated && _template.Value.IsCompletedSuccessfully ? _template.Value.Result : null;
}
