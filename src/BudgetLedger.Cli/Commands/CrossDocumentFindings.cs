using BudgetLedger.Checks;
using BudgetLedger.Checks.Lifecycle;
using BudgetLedger.Domain.Events;
using BudgetLedger.EventStore;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// After an import: the checks again for the units' years the new documents touch (and the next year, which a final
/// account's 年末结转和结余 reaches), kept as raised and cleared findings; the rules that compare documents find a
/// disagreement at the import of whichever document of a pair came second.
/// </summary>
internal static class CrossDocumentFindings
{
    public static async Task Record(IEventStore store, IReadOnlyCollection<(string UnitId, int Year)> read,
        CliContext context, CancellationToken cancellationToken)
    {
        var scope = read.SelectMany(w => new[] { w, (w.UnitId, w.Year + 1) }).ToHashSet();
        var current = await LedgerCheck.Run(store, null, d => scope.Contains((d.UnitId, d.Year)), cancellationToken);
        var changes = await FindingBook.Record(store, current, scope, "the documents the ledger now holds no longer "
            + "give it (a corrected document, or the other document of a pair)", cancellationToken);
        foreach (var line in changes.Select(Describe).OfType<string>())
        {
            context.Output.WriteLine(line);
        }
    }

    private static string? Describe(IBudgetEvent change) => change switch
    {
        FindingRaised r when r.RuleId.StartsWith("cross-document.", StringComparison.Ordinal) =>
            $"    {(r.RoundingOnly ? "尾差" : "finding")} across documents ({r.RuleId}, "
            + $"{string.Join(" / ", r.Documents)}): {r.Place}: {r.Rule}: expected {r.Expected}, found {r.Found}",
        FindingCleared c => $"    finding cleared ({c.RuleId}, {c.UnitId.Value} {c.FiscalYear.Value}, {c.Place}): "
            + c.Reason,
        _ => null,
    };
}
