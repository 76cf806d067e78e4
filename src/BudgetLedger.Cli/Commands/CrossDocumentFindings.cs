using BudgetLedger.Checks;
using BudgetLedger.Checks.Documents;
using BudgetLedger.Checks.Findings;
using BudgetLedger.EventStore;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// After an import: the rules that compare documents, for the documents just written and those the ledger already
/// held (whichever of a pair came second finds the disagreement).
/// </summary>
internal static class CrossDocumentFindings
{
    public static async Task Print(IEventStore store, IReadOnlySet<string> written, CliContext context,
        CancellationToken cancellationToken)
    {
        var documents = await DocumentFold.Read(store, null, cancellationToken);
        foreach (var f in LedgerCheck.CrossDocumentRules(documents).Where(f => f.Documents.Any(written.Contains)))
        {
            context.Output.WriteLine($"    {(f.Severity == CheckSeverity.Rounding ? "尾差" : "finding")} across "
                + $"documents ({f.RuleId}, {string.Join(" / ", f.Documents)}): {f.Place}: {f.Rule}: expected "
                + $"{f.Expected}, found {f.Found}");
        }
    }
}
