namespace BudgetLedger.Import.Inspection;

/// <param name="Kind">the national table it was recognised as, or null: kept as printed, not interpreted</param>
public sealed record TableInspection(int Ordinal, string Title, int Page, int Line, string? Kind, string? Unit,
    int Rows, int Columns, int Notes);
