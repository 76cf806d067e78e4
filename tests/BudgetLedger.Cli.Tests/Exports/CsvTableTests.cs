using System.Text;
using BudgetLedger.Exports.Csv;

namespace BudgetLedger.Cli.Tests.Exports;

public class CsvTableTests
{
    [Fact]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_and_lines_end_in_CRLF()
    {
        var table = new CsvTable("t.csv", [new("a"), new("b"), new("c"), new("d")],
            [["1,762.94", "说\"明\"", "第一行\n第二行", ""]]);

        var text = Encoding.UTF8.GetString(table.ToFile().Bytes);

        text.Should().Be("a,b,c,d\r\n\"1,762.94\",\"说\"\"明\"\"\",\"第一行\n第二行\",\r\n");
        table.ToFile().Bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
    }
}
