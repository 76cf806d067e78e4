using BudgetLedger.Exports.Csv;
using BudgetLedger.Exports.FiscalDataPackage;
using BudgetLedger.Exports.Spreadsheet;

namespace BudgetLedger.Exports;

/// <summary>
/// Turns read models into an export's files. A pure function of its input: the same log point gives the same bytes.
/// </summary>
public static class Exporter
{
    public static IReadOnlyList<ExportFile> Write(ExportFormat format, ExportInput input) => format switch
    {
        ExportFormat.Csv => ReadModelCsv.Files(input),
        ExportFormat.Ofdp => FiscalPackage.Files(input),
        ExportFormat.Xlsx => PublishedWorkbooks.Files(input),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format's name on the command line and in the manifest.</summary>
    public static string Name(ExportFormat format) => format.ToString().ToLowerInvariant();
}
