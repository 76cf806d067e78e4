using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>
/// The workbook's styles: plain text, the title in bold, and a number format for each count of decimals, with or
/// without thousands grouping, so that a number shows as it was printed.
/// </summary>
public static class SheetStyles
{
    public const uint Title = 1;

    private const uint FirstNumber = 2;
    private const uint FirstCustomFormat = 164;

    public static uint Number(PrintedCell cell) => FirstNumber + (uint)(cell.Decimals * 2 + (cell.Grouped ? 1 : 0));

    public static Stylesheet Stylesheet()
    {
        var formats = Enumerable.Range(0, (PrintedCell.MaxDecimals + 1) * 2).Select(i => new NumberingFormat
        {
            NumberFormatId = FirstCustomFormat + (uint)i,
            FormatCode = (i % 2 == 1 ? "#,##0" : "0") + (i / 2 > 0 ? "." + new string('0', i / 2) : ""),
        }).ToList();
        var cellFormats = new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true });
        cellFormats.Append(formats.Select(f => new CellFormat { NumberFormatId = f.NumberFormatId,
            ApplyNumberFormat = true }));
        return new Stylesheet(
            new NumberingFormats(formats),
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            cellFormats);
    }
}
