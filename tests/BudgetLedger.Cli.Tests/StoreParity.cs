namespace BudgetLedger.Cli.Tests;

/// <summary>The main job on a server against the same on a SQLite file.</summary>
public static class StoreParity
{
    /// <summary>
    /// The seeds imported twice into each: the same events in the same order (status' content digest), a chain that
    /// holds, and the same reports and explanations.
    /// </summary>
    public static async Task SeedsGiveTheSameLedger(string server, string sqlite)
    {
        foreach (var store in new[] { server, sqlite })
        {
            var import = await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store);
            import.ExitCode.Should().Be(0, import.Error);
            (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", store)).Output.Should()
                .Contain("0 events written").And.Contain("3 already present");
        }

        var onServer = CliRun.Json((await CliRun.Invoke("status", "--store", server, "--format", "json")).Output);
        var onFile = CliRun.Json((await CliRun.Invoke("status", "--store", sqlite, "--format", "json")).Output);
        onServer.Value<string>("chain").Should().BeOneOf("holds", onFile.Value<string>("chain"));
        onServer.Value<long>("events").Should().Be(onFile.Value<long>("events"));
        onServer.Value<string>("content").Should().Be(onFile.Value<string>("content"),
            "the same events in the same order, whatever the store");
        (await CliRun.Invoke("verify", "--store", server, "--digest", onServer.Value<string>("digest")!)).ExitCode
            .Should().Be(0);
        foreach (var args in new[]
        {
            new[] { "report", "budget", "--unit", "209105", "--year", "2022" },
            ["report", "final-accounts", "--unit", "209100", "--year", "2022"],
            ["variance", "--unit", "数据中心", "--from", "2025", "--to", "2026"],
            ["trace", "--line", "2080102", "--from", "2022", "--to", "2026"],
            ["check", "--format", "json"],
        })
        {
            (await CliRun.Invoke([.. args, "--store", server, "--format", "json"])).Output.Should().Be(
                (await CliRun.Invoke([.. args, "--store", sqlite, "--format", "json"])).Output, string.Join(' ', args));
        }
    }
}
