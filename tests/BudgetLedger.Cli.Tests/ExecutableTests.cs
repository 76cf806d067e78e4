namespace BudgetLedger.Cli.Tests;

/// <summary>The built executable, run as a user runs it.</summary>
public sealed class ExecutableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_store_comes_from_the_environment_when_no_option_names_it()
    {
        var path = await CliRun.LedgerWithSamples(_folder.Path);

        var (code, output) = await Run(new Dictionary<string, string> { ["BUDGET_LEDGER_STORE"] = path }, "status");

        code.Should().Be(0);
        output.Should().Contain(path)
            .And.MatchRegex($@"(?m)^events\s+{BudgetLedger.Testing.SampleEvents.All().Count}$");
    }

    [Fact]
    public async Task Without_option_or_environment_the_ledger_is_a_file_in_the_current_folder()
    {
        var (code, output) = await Run(new Dictionary<string, string> { ["BUDGET_LEDGER_STORE"] = "" }, "init");

        code.Should().Be(0);
        output.Should().Contain(Path.Combine(_folder.Path, "budget-ledger.db"));
        File.Exists(Path.Combine(_folder.Path, "budget-ledger.db")).Should().BeTrue();
    }

    private async Task<(int Code, string Output)> Run(Dictionary<string, string> environment, params string[] args)
    {
        var result = await CliProcess.Run(_folder.Path, environment, TimeSpan.FromMinutes(2), args);
        return (result.ExitCode, result.Output + result.Error);
    }

    public void Dispose() => _folder.Dispose();
}
