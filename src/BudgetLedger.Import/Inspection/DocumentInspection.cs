namespace BudgetLedger.Import.Inspection;

/// <summary>
/// What a document holds and what an import would make of it, found without writing anything: its tables,
/// and either the events it would give (with 尾差 warnings and findings) or why it would be refused.
/// </summary>
public sealed record DocumentInspection(string File, string Format, int Pages,
    IReadOnlyList<TableInspection> Tables)
{
    public int? Events { get; init; }

    public int Warnings { get; init; }

    public int Findings { get; init; }

    /// <summary>Why an import would refuse the document; null when it would go in.</summary>
    public string? Refusal { get; init; }
}
