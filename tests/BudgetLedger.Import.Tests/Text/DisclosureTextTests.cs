using System.Text;
using BudgetLedger.Import.Text;

namespace BudgetLedger.Import.Tests.Text;

public class DisclosureTextTests
{
    static DisclosureTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_seed_reads_as_utf8()
    {
        var text = Seeds.Text(Seeds.WorkInjuryCenter2022);

        text.EncodingName.Should().Be("UTF-8");
        text.Lines.Should().Contain(l => l.Text == "2022年预算收支总表");
    }

    [Fact]
    public void The_same_seed_encoded_as_gbk_reads_to_the_same_lines()
    {
        var utf8 = Seeds.Text(Seeds.XinzhouCardCenter2023);
        var gbk = Encoding.GetEncoding(936).GetBytes(Encoding.UTF8.GetString(Seeds.Bytes(Seeds.XinzhouCardCenter2023)));

        var read = DisclosureText.Decode("card-center-gbk.txt", gbk);

        read.EncodingName.Should().Be("GB18030");
        read.Lines.Select(l => l.Text).Should().Equal(utf8.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public void An_empty_file_is_refused_naming_it(string content) =>
        FluentActions.Invoking(() => DisclosureText.Decode("empty.txt", Encoding.UTF8.GetBytes(content)))
            .Should().Throw<ImportException>().Which.Message.Should().Be("empty.txt: the file is empty");

    [Fact]
    public void Garbage_bytes_are_refused_as_binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        FluentActions.Invoking(() => DisclosureText.Decode("noise.bin", bytes))
            .Should().Throw<ImportException>().Which.Rule.Should().Contain("binary");
    }

    [Fact]
    public void Text_without_any_chinese_is_not_a_disclosure() =>
        FluentActions.Invoking(() => DisclosureText.Decode("readme.txt", "just some notes\n1,2,3\n"u8.ToArray()))
            .Should().Throw<ImportException>().Which.Rule.Should().Contain("not a disclosure");

    [Fact]
    public void Watermark_lines_repeated_between_rows_are_found()
    {
        var text = Seeds.Text(Seeds.XinzhouCardCenter2023);

        Watermarks.Find(text.Lines).Should().BeEquivalentTo(["仅供内部审核"]);
    }
}
