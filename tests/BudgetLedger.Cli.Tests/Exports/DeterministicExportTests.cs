namespace BudgetLedger.Cli.Tests.Exports;

public sealed class DeterministicExportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    [Theory]
    [InlineData("csv")]
    [InlineData("ofdp")]
    [InlineData("xlsx")]
    public async Task Exporting_the_same_log_point_twice_gives_identical_bytes(string format)
    {
        var first = await ledger.ExportTo("--format", format);
        var second = await ledger.ExportTo("--format", format);

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order().ToList();
        names.Should().Contain("export.json").And.HaveCountGreaterThan(1);
        Directory.GetFiles(second).Select(Path.GetFileName).Order().Should().Equal(names);
        foreach (var name in names)
        {
            File.ReadAllBytes(Path.Combine(second, name!)).Should().Equal(File.ReadAllBytes(Path.Combine(first,
                name!)), name);
        }
    }

    [Fact]
    public async Task An_export_as_of_a_position_is_stamped_with_that_position_and_verifies()
    {
        var asOf = await ledger.ExportTo("--format", "csv", "--as-of", "100");

        var manifest = CliRun.Json(File.ReadAllText(Path.Combine(asOf, "export.json")));
        manifest["log"]!.Value<ulong>("position").Should().Be(100);
        manifest.Value<string>("asOf").Should().Be("100");
        (await CliRun.Invoke("verify", "--export", asOf, "--store", ledger.Store)).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task An_export_as_of_a_time_is_stamped_with_the_last_position_recorded_by_then_and_verifies()
    {
        var status = CliRun.Json((await CliRun.Invoke("status", "--store", ledger.Store, "--format", "json")).Output);

        var asOf = await ledger.ExportTo("--format", "ofdp", "--unit", "209105", "--as-of", "2999-01-01");

        var manifest = CliRun.Json(File.ReadAllText(Path.Combine(asOf, "export.json")));
        manifest["log"]!.Value<ulong>("position").Should().Be(status.Value<ulong>("position"));
        manifest["log"]!.Value<string>("digest").Should().Be(status.Value<string>("digest"));
        (await CliRun.Invoke("verify", "--export", asOf, "--store", ledger.Store)).ExitCode.Should().Be(0);
    }
}
