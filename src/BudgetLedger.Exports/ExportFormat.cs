namespace BudgetLedger.Exports;

/// <summary>What an export writes.</summary>
public enum ExportFormat
{
    /// <summary>One CSV file per read model.</summary>
    Csv,

    /// <summary>An Open Fiscal Data Package: datapackage.json and its CSV resources.</summary>
    Ofdp,

    /// <summary>The tables as published, one workbook per unit and year, one sheet per table.</summary>
    Xlsx,
}
