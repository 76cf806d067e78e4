using System.Diagnostics;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.TamperEvidence;

namespace BudgetLedger.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string SeedsFolder => CliRun.SeedsFolder();

    [Fact]
    public async Task Importing_the_seeds_reports_each_document_and_a_second_run_writes_nothing()
    {
        var path = Path.Combine(_folder.Path, "ledger.db");

        var first = await CliRun.Invoke("import", SeedsFolder, "--store", path);
        var second = await CliRun.Invoke("import", SeedsFolder, "--store", path);

        (first.Output + first.Error).Should().Contain("[1/5]").And.Contain("[5/5]");
        first.ExitCode.Should().Be(0);
        // 40 events read from its tables and the document itself, and its 15 tables as published
        first.Output.Should().Contain("2022-shanxi-work-injury-center-budget.txt: 55 events written");
        first.Output.Should().Contain("5 documents imported, 0 already present, 0 refused; 320 events written; 27 尾差 "
            + "warnings; 3 findings.");
        second.Output.Should().Contain("already imported, 0 events written").And.Contain("0 documents imported")
            .And.Contain("; 0 events written;");
        var status = CliRun.Json((await CliRun.Invoke("status", "--store", path, "--format", "json")).Output);
        status.Value<long>("documents").Should().Be(5);
        status.Value<long>("events").Should().Be(247 + 73 + 3 + 3, "the documents' events, their 73 tables as "
            + "published, the seeds' record file (a rename, a transfer, an alias) and the 3 findings raised");
        (await CliRun.Invoke("findings", "--store", path)).Output.Should().Contain("10.69%")
            .And.Contain("[2010150]事业运行").And.Contain("2023年11月31日").And.Contain("3 findings");
        status.Value<string>("chain").Should().Be("tail matches the kept digest (verify walks the whole log)");
    }

    [Fact]
    public async Task Strict_refuses_the_documents_with_findings_and_writes_only_the_others()
    {
        var path = Path.Combine(_folder.Path, "strict.db");

        var result = await CliRun.Invoke("import", SeedsFolder, "--store", path, "--strict");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("--strict").And.Contain("10.69%");
        result.Output.Should().Contain("2 documents imported, 0 already present, 3 refused");
    }

    [Fact]
    public async Task A_missing_path_is_an_error_naming_it()
    {
        var result = await CliRun.Invoke("import", Path.Combine(_folder.Path, "nope.txt"), "--store",
            Path.Combine(_folder.Path, "x.db"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("nope.txt");
    }

    [Fact]
    public async Task A_refused_document_is_named_with_its_rule_and_the_exit_code_is_1()
    {
        var bad = Path.Combine(_folder.Path, "empty.txt");
        await File.WriteAllTextAsync(bad, "");

        var result = await CliRun.Invoke("import", bad, "--store", Path.Combine(_folder.Path, "refused.db"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("empty.txt: refused, nothing written: empty.txt: the file is empty");
    }

    /// <summary>Kills the real executable mid-import, several times; every document is then whole or absent.</summary>
    [Fact]
    public async Task An_import_killed_midway_leaves_each_document_whole_or_absent()
    {
        var seed = TestSeed.Next();
        var random = new Random(seed);
        for (var round = 0; round < 6; round++)
        {
            var path = Path.Combine(_folder.Path, $"killed-{round}.db");
            using (var process = Start("import", SeedsFolder, "--store", path))
            {
                await Task.Delay(random.Next(150, 1200));
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            if (!File.Exists(path))
            {
                continue;
            }

            await using var store = SqliteEventStore.Open(path);
            var byStream = (await store.ReadAll().ToListAsync()).GroupBy(e => e.Stream).ToList();
            byStream.Count(s => s.Key.StartsWith("record-", StringComparison.Ordinal)).Should().BeOneOf([0, 3],
                "a record file goes in whole or not at all");
            foreach (var stream in byStream.Where(s => s.Key.StartsWith("document-", StringComparison.Ordinal)))
            {
                var head = (DocumentImported)EventSerializer.Default.DeserializeData(stream.First().Type,
                    stream.First().Data);
                stream.Count().Should().Be(head.EventCount,
                    $"{head.FileName} must be whole or absent; {TestSeed.Describe(seed)}");
            }

            (await new LedgerVerifier(store).Verify()).Holds.Should().BeTrue(TestSeed.Describe(seed));
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
            ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budget-ledger.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    public void Dispose() => _folder.Dispose();
}
