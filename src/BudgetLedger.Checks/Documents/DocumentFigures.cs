using System.Collections.Immutable;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Checks.Documents;

/// <summary>What one document states that another document can be checked against.</summary>
public sealed record DocumentFigures(string Sha256, string FileName, DocumentKind Kind, string UnitId,
    string UnitName, int Year)
{
    /// <summary>The 三公 budget this document prints (a budget's own, or a final account's 预算数).</summary>
    public ThreePublicExpensesStated? ThreePublicBudget { get; init; }

    /// <summary>上年结转: what a budget brings forward, Σ over its lines (万元); null when it prints none.</summary>
    public decimal? Carryover { get; init; }

    /// <summary>年末结转和结余: what a final account carries into the next year (万元); null when it prints none.</summary>
    public decimal? YearEndBalance { get; init; }

    /// <summary>Each project's 本年预算 (万元), by its normalised name, with the name as printed.</summary>
    public ImmutableDictionary<string, (string Name, decimal Amount)> Projects { get; init; } =
        ImmutableDictionary<string, (string Name, decimal Amount)>.Empty;

    /// <summary>What the document's own figures break, recorded at its import.</summary>
    public ImmutableList<FindingRecorded> Findings { get; init; } = [];

    /// <summary>What the notes say changed against last year.</summary>
    public ImmutableList<VarianceReasonStated> Statements { get; init; } = [];

    public bool IsBudget => Kind == DocumentKind.BudgetDisclosure;

    public bool IsFinalAccounts => Kind == DocumentKind.FinalAccountsDisclosure;
}
