namespace BudgetLedger.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData]
    [InlineData("init")]
    [InlineData("status")]
    [InlineData("log")]
    [InlineData("verify")]
    [InlineData("import")]
    [InlineData("findings")]
    [InlineData("rebuild")]
    [InlineData("export")]
    [InlineData("report", "budget")]
    [InlineData("report", "final-accounts")]
    [InlineData("report", "html")]
    public async Task Every_command_explains_itself_with_help(params string[] command)
    {
        var result = await CliRun.Invoke([.. command, "--help"]);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Usage:").And.Contain("--store");
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_with_exit_code_2()
    {
        var result = await CliRun.Invoke("status", "--format", "xml");

        result.ExitCode.Should().Be(LedgerCli.UsageError);
        result.Error.Should().Contain("xml").And.Contain("--help");
    }
}
