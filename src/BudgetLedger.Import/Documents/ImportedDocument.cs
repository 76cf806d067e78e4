using BudgetLedger.Domain.Units;

namespace BudgetLedger.Import.Documents;

/// <summary>A document read and judged: the events to append, its 尾差 warnings and its findings.</summary>
public sealed record ImportedDocument(string FileName, string Sha256, DocumentHeader Header, UnitId UnitId,
    IReadOnlyList<PlannedEvent> Events, IReadOnlyList<Finding> Findings)
{
    public string Stream => $"document-{Sha256}";

    /// <summary>Tables no reader interprets, with why: in the ledger as printed only.</summary>
    public IReadOnlyList<ReadTable> NotInterpreted { get; init; } = [];

    /// <summary>How many identities held exactly in each table (by title).</summary>
    public IReadOnlyDictionary<string, int> HeldByTable { get; init; } = new Dictionary<string, int>();

    public IEnumerable<Finding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.RoundingDifference);

    public IEnumerable<Finding> Inconsistencies => Findings.Where(f => f.Severity == FindingSeverity.Inconsistency);
}
