namespace BudgetLedger.Import.Inspection;

/// <param name="Kind">the national table it is read as, or null: kept as printed, not interpreted</param>
public sealed record TableInspection(int Ordinal, string Title, int Page, int Line, string? Kind, string? Unit,
    int Rows, int Columns, int Notes)
{
    /// <summary>The national table the title names, interpreted or not.</summary>
    public string? TitleNames { get; init; }

    public string? NotInterpretedBecause { get; init; }

    /// <summary>The table's identities that hold exactly.</summary>
    public int Held { get; init; }

    /// <summary>The table's identities that hold only within the rounding of their terms (尾差).</summary>
    public int Warnings { get; init; }

    /// <summary>The table's identities broken beyond rounding.</summary>
    public int Findings { get; init; }
}
