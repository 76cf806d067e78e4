using System.Text;
using BudgetLedger.Import.Text;

namespace BudgetLedger.Import.Tests.Text;

/// <summary>
/// Lines are numbered as the file numbers them; a form feed starts a page; damaged UTF-8 is refused, not misread.
/// </summary>
public class PagesAndDamageTests
{
    [Fact]
    public void A_form_feed_starts_a_page_and_is_not_a_line_as_pdftotext_writes_it()
    {
        var text = Decode("第一页\t1.00\n第一页末\n\f第二页\t2.00\n\f第三页\n\f");

        text.Lines.Select(l => (l.Number, l.Page, l.Text)).Take(4).Should().Equal(
            (1, 1, "第一页\t1.00"), (2, 1, "第一页末"), (3, 2, "第二页\t2.00"), (4, 3, "第三页"));
    }

    [Fact]
    public void A_line_holding_only_a_form_feed_as_pdfplumber_pages_are_joined_is_a_blank_line_of_the_next_page()
    {
        var text = Decode("第一页\n\f\n第二页\n\f\n第三页\n");

        text.Lines.Where(l => !l.IsBlank).Select(l => (l.Number, l.Page)).Should().Equal((1, 1), (3, 2), (5, 3));
    }

    [Fact]
    public void A_seed_with_one_damaged_byte_is_refused_naming_its_offset_not_read_as_gb18030()
    {
        var bytes = Seeds.Bytes(Seeds.WorkInjuryCenter2022);
        var offset = Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(bytes)[..500]);
        bytes[offset] = 0xFF;

        FluentActions.Invoking(() => DisclosureText.Decode("damaged.txt", bytes)).Should().Throw<ImportException>()
            .Which.Message.Should().Contain($"not UTF-8 at offset {offset:N0} (0xFF)");
    }

    private static DisclosureText Decode(string text)
        => DisclosureText.Decode("paged.txt", Encoding.UTF8.GetBytes(text));
}
