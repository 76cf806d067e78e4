using BudgetLedger.Checks.CrossDocument;
using BudgetLedger.Checks.Documents;
using BudgetLedger.Checks.Findings;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Log;

namespace BudgetLedger.Checks;

/// <summary>
/// Every rule over the ledger: what each document recorded at import, and the rules that compare documents (a
/// budget with its final accounts, a year with the next), which only a ledger holding both can run.
/// </summary>
public static class LedgerCheck
{
    public static async Task<IReadOnlyList<CheckFinding>> Run(IEventReader log, LogCut? cut,
        Func<DocumentFigures, bool> inScope, CancellationToken cancellationToken)
    {
        var documents = Current(await DocumentFold.Read(log, cut, cancellationToken));
        var recorded = RecordedFindings.Of(documents);
        var crossDocument = CrossDocumentRules(documents);
        var scoped = documents.Where(inScope).Select(d => (d.UnitId, d.Year)).ToHashSet();
        return recorded.Concat(crossDocument).Where(f => scoped.Contains((f.UnitId, f.Year)))
            .OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Documents[0], StringComparer.Ordinal)
            .ThenBy(f => f.Place, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each unit's year and kind by its last document: a later one (a correction) supersedes.</summary>
    public static IReadOnlyList<DocumentFigures> Current(IReadOnlyList<DocumentFigures> documents) =>
        documents.GroupBy(d => (d.UnitId, d.Year, d.Kind)).Select(g => g.Last()).ToList();

    /// <summary>The cross-document rules alone, over the documents given.</summary>
    public static IEnumerable<CheckFinding> CrossDocumentRules(IReadOnlyList<DocumentFigures> documents) =>
        ThreePublicBudgetCheck.Check(documents).Concat(CarryoverContinuityCheck.Check(documents))
            .Concat(StatedPriorYearCheck.Check(documents));
}
