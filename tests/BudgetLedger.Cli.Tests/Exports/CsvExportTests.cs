namespace BudgetLedger.Cli.Tests.Exports;

public sealed class CsvExportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    [Fact]
    public async Task A_units_year_holds_its_figures_as_stored_in_wan_yuan()
    {
        var folder = await ledger.ExportTo("--format", "csv", "--unit", "209105", "--year", "2022");

        var figures = CsvRead.Rows(Path.Combine(folder, "functional-class-figures.csv"));
        var appropriations = figures.Where(f => f["source"] == "Appropriation").ToList();
        appropriations.Should().OnlyContain(f => f["unit_code"] == "209105" && f["fiscal_year"] == "2022"
            && f["amount_unit"] == "万元");
        appropriations.Sum(f => decimal.Parse(f["amount"], System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(1762.94m, "the budget report's total (Golden/report-budget-209105-2022.json)");
        appropriations.Should().Contain(f => f["code"] == "2080108" && f["amount"] == "956.00");
    }

    [Fact]
    public async Task The_tables_as_published_are_there_cell_by_cell_with_page_and_line()
    {
        var folder = await ledger.ExportTo("--format", "csv", "--unit", "209105", "--year", "2022");

        var cells = CsvRead.Rows(Path.Combine(folder, "published-cells.csv"));
        cells.Should().Contain(c => c["table_title"] == "2022年预算收支总表" && c["text"] == "1,762.94"
            && c["amount_unit"] == "万元" && c["page"] == "1" && c["line"] == "11");
        var published = CliRun.Json("{\"t\":" + (await CliRun.Invoke("report", "published", "--unit", "209105",
            "--year", "2022", "--format", "json", "--store", ledger.Store)).Output + "}")["t"]!;
        cells.Should().HaveCount(published.Sum(t => t["rows"]!.Sum(r => r.Count())), "no printed cell is dropped");
    }

    [Fact]
    public async Task Every_file_has_a_header_row_and_quotes_as_RFC_4180_says()
    {
        var folder = await ledger.ExportTo("--format", "csv");

        var names = Directory.GetFiles(folder, "*.csv").Select(Path.GetFileName);
        names.Should().Contain(["units.csv", "unit-years.csv", "functional-class-figures.csv",
            "economic-class-figures.csv", "projects.csv", "three-public-expenses.csv", "findings.csv",
            "published-cells.csv", "stated-reasons.csv", "transfers.csv", "performance-evaluations.csv"]);
        CsvRead.Rows(Path.Combine(folder, "units.csv")).Should().HaveCount(5);
        File.ReadAllText(Path.Combine(folder, "published-cells.csv")).Should().Contain(",\"1,762.94\"\r\n");
        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            var records = CsvRead.Records(file);
            records.Should().OnlyContain(r => r.Count == records[0].Count, Path.GetFileName(file));
        }
    }

    [Fact]
    public async Task The_whole_ledger_export_reports_its_progress_on_stderr()
    {
        var result = await ledger.Export("--format", "csv", "--out", ledger.NewFolder());

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("exported 5 of 5 units");
        result.Output.Should().StartWith("exported the whole ledger as csv");
    }

    [Fact]
    public async Task An_unknown_unit_a_year_not_held_and_a_used_folder_are_clear_errors()
    {
        var unknown = await ledger.Export("--format", "csv", "--unit", "999999", "--out", ledger.NewFolder());
        var year = await ledger.Export("--format", "csv", "--unit", "209105", "--year", "2019", "--out",
            ledger.NewFolder());
        var used = await ledger.ExportTo("--format", "csv", "--unit", "209105");
        var again = await ledger.Export("--format", "csv", "--unit", "209105", "--out", used);
        var yearOnly = await ledger.Export("--format", "csv", "--year", "2022", "--out", ledger.NewFolder());

        unknown.ExitCode.Should().Be(1);
        unknown.Error.Should().StartWith("error: no unit matches '999999'");
        year.ExitCode.Should().Be(1);
        year.Error.Should().StartWith("error: ").And.Contain("has no 2019 figures").And.Contain("2022");
        again.ExitCode.Should().Be(1);
        again.Error.Should().Contain("is not a new or empty folder");
        yearOnly.ExitCode.Should().Be(2);
        yearOnly.Error.Should().Contain("--year needs --unit");
    }
}
