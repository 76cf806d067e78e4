using System.Security.Cryptography;

namespace BudgetLedger.Cli.Tests.Exports;

public sealed class VerifyExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    [Theory]
    [InlineData("csv")]
    [InlineData("ofdp")]
    [InlineData("xlsx")]
    public async Task A_fresh_export_verifies(string format)
    {
        await Import(Store, CliRun.SeedsFolder());
        var export = await Export(format, "--unit", "209105");

        var result = await Verify(export);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith($"OK: the {format} export of 209105").And.Contain("byte for byte");
    }

    [Fact]
    public async Task An_edited_figure_is_named_with_its_file()
    {
        await Import(Store, CliRun.SeedsFolder());
        var export = await Export("csv", "--unit", "209105", "--year", "2022");
        Edit(Path.Combine(export, "functional-class-figures.csv"), ",956.00,", ",965.00,");

        var result = await Verify(export);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: functional-class-figures.csv was changed");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith(
            "error: functional-class-figures.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edited_figure_with_its_manifest_hash_updated_still_differs_from_the_log()
    {
        await Import(Store, CliRun.SeedsFolder());
        var export = await Export("csv", "--unit", "209105", "--year", "2022");
        var file = Path.Combine(export, "functional-class-figures.csv");
        Edit(file, ",956.00,", ",965.00,");
        var manifest = Path.Combine(export, "export.json");
        var json = CliRun.Json(File.ReadAllText(manifest));
        json["files"]!.Single(f => f.Value<string>("name") == "functional-class-figures.csv")["sha256"] =
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        File.WriteAllText(manifest, json.ToString());

        var result = await Verify(export);

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Be("error: functional-class-figures.csv differs from the export made again from "
            + $"the log at position {json["log"]!.Value<ulong>("position")}");
    }

    [Fact]
    public async Task A_missing_file_and_an_extra_file_are_named()
    {
        await Import(Store, CliRun.SeedsFolder());
        var export = await Export("csv", "--unit", "209105");
        File.Delete(Path.Combine(export, "projects.csv"));
        await File.WriteAllTextAsync(Path.Combine(export, "notes.txt"), "mine");

        var result = await Verify(export);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("error: projects.csv is missing from the export")
            .And.Contain("error: notes.txt is in the export folder but not in its manifest");
    }

    [Fact]
    public async Task An_export_still_verifies_after_another_document_is_imported()
    {
        await Import(Store, CliRun.SeedsFolder() + "/" + Seeds.WorkInjuryCenter2022);
        var export = await Export("xlsx", "--unit", "209105", "--year", "2022");
        var before = CliRun.Json(File.ReadAllText(Path.Combine(export, "export.json")))["log"]!
            .Value<ulong>("position");
        await Import(Store, CliRun.SeedsFolder() + "/" + Seeds.SocialInsuranceBureau2022);

        var result = await Verify(export);
        var status = CliRun.Json((await CliRun.Invoke("status", "--store", Store, "--format", "json")).Output);

        status.Value<ulong>("position").Should().BeGreaterThan(before, "the log went on past the export's point");
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain($"position {before}");
    }

    [Fact]
    public async Task An_export_checked_against_another_ledger_fails_on_the_digest()
    {
        await Import(Store, CliRun.SeedsFolder());
        var export = await Export("ofdp");
        var other = Path.Combine(_folder.Path, "other.db");
        await Import(other, CliRun.SeedsFolder());

        var result = await CliRun.Invoke("verify", "--export", export, "--store", other);

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().StartWith("error: the log up to position").And.Contain("has digest")
            .And.EndWith("the export was not made from this ledger, or its log was rewritten");
    }

    [Fact]
    public async Task A_folder_without_a_manifest_is_no_export()
    {
        await Import(Store, CliRun.SeedsFolder());

        var result = await Verify(_folder.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("error: ").And.Contain("holds no export.json");
    }

    [Fact]
    public async Task A_manifest_naming_a_file_outside_its_folder_is_refused()
    {
        await Import(Store, CliRun.SeedsFolder());
        var export = await Export("csv", "--unit", "209105");
        var manifest = Path.Combine(export, "export.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"units.csv\"", "\"../ledger.db\"",
            StringComparison.Ordinal));

        var result = await Verify(export);

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Contain("cannot be read as an export manifest").And.Contain("'../ledger.db'");
    }

    private static async Task Import(string store, string what) =>
        (await CliRun.Invoke("import", what, "--store", store)).ExitCode.Should().Be(0);

    private async Task<string> Export(string format, params string[] scope)
    {
        var folder = Path.Combine(_folder.Path, $"export-{Guid.NewGuid():N}");
        var result = await CliRun.Invoke(["export", "--format", format, "--out", folder, "--store", Store, .. scope]);
        result.ExitCode.Should().Be(0, result.Error);
        return folder;
    }

    private async Task<CliResult> Verify(string folder) =>
        await CliRun.Invoke("verify", "--export", folder, "--store", Store);

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        text.Should().Contain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
