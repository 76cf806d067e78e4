using BudgetLedger.Projections.ReadModels;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>
/// The xlsx export: for each unit's year with tables as published, one workbook (<c>unit-year.xlsx</c>) with one
/// sheet per table, in document order. Relationship ids are given, not generated, and the zip entries carry a fixed
/// time, so the same tables give the same bytes.
/// </summary>
public static class PublishedWorkbooks
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main"
        + "+xml";

    public static IReadOnlyList<ExportFile> Files(ExportInput input) =>
        input.UnitYears().Where(y => y.View.PublishedTables.Count > 0)
            .Select(y => new ExportFile($"{FileName(y.Unit)}-{y.Year}.xlsx", Workbook(y.View.PublishedTables)))
            .ToList();

    public static byte[] Workbook(IReadOnlyList<PublishedTableFigure> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType
            .Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdWorkbook");
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = SheetStyles.Stylesheet();
            var strings = new SharedStrings();
            var sheets = new Sheets();
            for (var i = 0; i < tables.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                workbook.AddNewPart<WorksheetPart>(id).Worksheet = TableSheet.Of(tables[i], strings);
                sheets.Append(new Sheet { Name = SheetNames.Of(i + 1, tables[i].Title), SheetId = (uint)i + 1,
                    Id = id });
            }

            workbook.Workbook.Append(sheets);
            workbook.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Table();
        }

        return FixedZip.Rewrite(stream.ToArray());
    }

    private static string FileName(UnitView unit) =>
        new(unit.UnitId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
