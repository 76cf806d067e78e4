using System.Text;
using BudgetLedger.Import.Pdf;

namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>PDFs that cannot be read are refused naming the file, the page where there is one, and why.</summary>
public sealed class PdfRefusalTests
{
    private static ImportException Refused(string name, byte[] bytes) =>
        FluentActions.Invoking(() => PdfPages.Read(name, bytes)).Should().Throw<ImportException>().Which;

    [Fact]
    public void A_scanned_page_with_an_image_and_no_letters_is_refused_naming_the_page()
    {
        var error = Refused("scanned.pdf", SyntheticPdfs.Make("ti"));

        error.File.Should().Be("scanned.pdf");
        error.Rule.Should().Be("page 2 has no text layer: a scanned document cannot be read");
    }

    [Fact]
    public void A_pdf_of_drawings_with_no_text_at_all_is_refused_as_empty()
    {
        var error = Refused("drawing.pdf", SyntheticPdfs.Make("rr"));

        error.Rule.Should().Be("none of the PDF's 2 pages holds any text: an empty document cannot be read");
    }

    [Fact]
    public void A_pdf_with_no_pages_is_refused_as_empty()
    {
        var error = Refused("no-pages.pdf", SyntheticPdfs.Make(""));

        error.Rule.Should().Be("the PDF has no pages: an empty document cannot be read");
    }

    [Fact]
    public void A_blank_page_between_pages_of_text_is_read_as_an_empty_page()
    {
        var pages = PdfPages.Read("blank-page.pdf", SyntheticPdfs.Make("trt"));

        pages.Select(p => p.Lines.Count).Should().Equal(1, 0, 1);
        PdfLayoutText.Render(pages).Should().Be("Total 307.82\n\f\fTotal 307.82\n\f");
    }

    [Fact]
    public void A_pdf_cut_in_half_is_refused_as_cut_off()
    {
        var whole = PdfCorpus.Bytes(PdfCorpus.Putuo);

        var error = Refused("half.pdf", whole[..(whole.Length / 2)]);

        error.Rule.Should().StartWith("the PDF is cut off");
    }

    [Fact]
    public void A_text_file_is_refused_as_not_a_pdf()
    {
        var error = Refused("budget.pdf", Encoding.UTF8.GetBytes("一、一般公共预算财政拨款收入 307.82\n"));

        error.Rule.Should().Be("not a PDF: the file does not start with %PDF-");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Refused("empty.pdf", []).Rule.Should().Be("the file is empty: 0 bytes is not a PDF");
    }

    [Fact]
    public void A_pdf_whose_body_is_garbage_is_refused_not_crashed_on()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 4000) + "\n%%EOF\n");

        Refused("garbage.pdf", bytes).Rule.Should().StartWith("the PDF cannot be opened");
    }

    [Fact]
    public void An_encrypted_pdf_that_needs_a_password_is_refused_as_encrypted()
    {
        // Made once with `qpdf --encrypt secret owner 256` from a one-page PDF; kept so no test needs qpdf.
        var locked = File.ReadAllBytes(Path.Combine(PdfCorpus.Documents, "encrypted-needs-password.pdf"));

        var error = Refused("encrypted-needs-password.pdf", locked);

        error.Rule.Should().StartWith("the PDF is encrypted and cannot be opened without its password");
    }
}
