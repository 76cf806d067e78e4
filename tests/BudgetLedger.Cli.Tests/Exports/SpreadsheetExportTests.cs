using System.Globalization;
using BudgetLedger.Exports.Spreadsheet;

namespace BudgetLedger.Cli.Tests.Exports;

public sealed class SpreadsheetExportTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    private static readonly char[] Refused = ['[', ']', ':', '*', '?', '/', '\\'];

    [Fact]
    public async Task Each_table_is_a_sheet_with_numbers_as_numbers_and_the_printed_text_in_full()
    {
        var folder = await ledger.ExportTo("--format", "xlsx", "--unit", "209105", "--year", "2022");
        var cells = CsvRead.Rows(Path.Combine(await ledger.ExportTo("--format", "csv", "--unit", "209105", "--year",
            "2022"), "published-cells.csv"));

        var book = Workbook.Read(Path.Combine(folder, "unit-209105-2022.xlsx"));

        var titles = cells.Select(c => c["table_title"]).Distinct().ToList();
        book.Sheets.Count.Should().Be(cells.Select(c => c["table_ordinal"]).Distinct().Count());
        var first = book.Sheets[0];
        first.Name.Should().Be("01 2022年预算收支总表");
        first.At(0, 0).Should().Be(titles[0]);
        first.At(1, 0).Should().Be("单位：万元");
        var total = cells.First(c => c["text"] == "1,762.94");
        var cell = first.At(int.Parse(total["row"], CultureInfo.InvariantCulture) + 1, int.Parse(total["column"],
            CultureInfo.InvariantCulture) - 1);
        cell.Should().BeOfType<double>().Which.Should().Be(1762.94);
        first.At(2, 0).Should().Be(cells.First(c => c["row"] == "1")["text"]);
    }

    [Fact]
    public async Task Every_printed_cell_is_in_its_sheet_as_the_number_or_the_text_printed()
    {
        var folder = await ledger.ExportTo("--format", "xlsx", "--unit", "209105", "--year", "2022");
        var cells = CsvRead.Rows(Path.Combine(await ledger.ExportTo("--format", "csv", "--unit", "209105", "--year",
            "2022"), "published-cells.csv"));
        var ordinals = cells.Select(c => c["document_sha256"] + c["table_ordinal"]).Distinct().ToList();
        var offsets = cells.GroupBy(c => c["document_sha256"] + c["table_ordinal"])
            .ToDictionary(g => g.Key, g => g.First()["amount_unit"] == "" ? 1 : 2);

        var book = Workbook.Read(Path.Combine(folder, "unit-209105-2022.xlsx"));

        foreach (var printed in cells)
        {
            var key = printed["document_sha256"] + printed["table_ordinal"];
            var sheet = book.Sheets[ordinals.IndexOf(key)];
            var row = int.Parse(printed["row"], CultureInfo.InvariantCulture) - 1 + offsets[key];
            var column = int.Parse(printed["column"], CultureInfo.InvariantCulture) - 1;
            var value = sheet.At(row, column);
            var expected = PrintedCell.Of(printed["text"], column);
            if (expected.Number is { } number)
            {
                value.Should().Be((double)number, printed["text"]);
            }
            else
            {
                (value ?? "").Should().Be(printed["text"]);
            }
        }
    }

    [Fact]
    public async Task Sheet_names_are_unique_and_within_what_excel_takes()
    {
        var folder = await ledger.ExportTo("--format", "xlsx");

        foreach (var file in Directory.GetFiles(folder, "*.xlsx"))
        {
            var names = Workbook.Read(file).Sheets.Select(t => t.Name).ToList();
            names.Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length <= 31
                && n.IndexOfAny(Refused) < 0);
        }
    }

    [Fact]
    public async Task Every_workbook_is_valid_spreadsheetml()
    {
        var folder = await ledger.ExportTo("--format", "xlsx");

        foreach (var file in Directory.GetFiles(folder, "*.xlsx"))
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false);
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Should().BeEmpty(file);
        }
    }

    [Theory]
    [InlineData("1,762.94", 1, 1762.94, 2, true)]
    [InlineData("956.00", 3, 956.00, 2, false)]
    [InlineData("-3.5", 2, -3.5, 1, false)]
    [InlineData("120000", 4, 120000, 0, false)]
    public void A_printed_number_is_a_number_shown_as_printed(string text, int column, double number, int decimals,
        bool grouped)
    {
        var cell = PrintedCell.Of(text, column);

        cell.Number.Should().Be((decimal)number);
        cell.Decimals.Should().Be(decimals);
        cell.Grouped.Should().Be(grouped);
    }

    [Theory]
    [InlineData("2080107", 0)]
    [InlineData("01", 1)]
    [InlineData("12,34", 2)]
    [InlineData("95.5%", 3)]
    [InlineData(" 12.00", 3)]
    [InlineData("合计", 0)]
    public void Codes_and_anything_not_plainly_a_number_stay_text(string text, int column) =>
        PrintedCell.Of(text, column).Number.Should().BeNull();

    [Fact]
    public void A_long_title_keeps_its_end_within_31_characters()
    {
        var name = SheetNames.Of(12, "2022年山西省人力资源和社会保障厅工伤保险管理服务中心部门一般公共预算支出表[功能]");

        name.Should().HaveLength(31).And.StartWith("12 …").And.EndWith("支出表_功能_");
    }
}
