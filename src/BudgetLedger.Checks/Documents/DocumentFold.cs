using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Projects;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Log;

namespace BudgetLedger.Checks.Documents;

/// <summary>
/// Each document the log holds, in the order it was imported, with the figures it states, folded from its events.
/// </summary>
public static class DocumentFold
{
    private static readonly IReadOnlySet<string> Wanted = new[]
    {
        typeof(DocumentImported), typeof(ThreePublicExpensesStated), typeof(CarryoverBroughtForward),
        typeof(YearEndBalanceCarriedForward), typeof(ProjectDeclared), typeof(VarianceReasonStated),
        typeof(FindingRecorded),
    }.Select(EventTypeMap.Default.NameOf).ToHashSet();

    public static async Task<IReadOnlyList<DocumentFigures>> Read(IEventReader log, LogCut? cut,
        CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, DocumentFigures>(StringComparer.Ordinal);
        var order = new List<string>();
        await foreach (var e in LogReader.Read(log, cut, Wanted, cancellationToken: cancellationToken))
        {
            if (e.Event is DocumentImported d)
            {
                order.Add(d.DocumentSha256);
                documents[d.DocumentSha256] = new DocumentFigures(d.DocumentSha256, d.FileName, d.Kind,
                    d.UnitId.Value, d.UnitName, d.FiscalYear.Value);
            }
            else if (EventSerializer.DeserializeMetadata(e.Metadata).Provenance.DocumentSha256 is { } sha
                && documents.TryGetValue(sha, out var document))
            {
                documents[sha] = Add(document, e.Event);
            }
        }

        return order.Select(sha => documents[sha]).ToList();
    }

    private static DocumentFigures Add(DocumentFigures document, IBudgetEvent e) => e switch
    {
        ThreePublicExpensesStated { Basis: Basis.Budget } t => document with { ThreePublicBudget = t },
        CarryoverBroughtForward c => document with { Carryover = (document.Carryover ?? 0m) + Wan(c.Amount) },
        YearEndBalanceCarriedForward b => document with
        {
            YearEndBalance = (document.YearEndBalance ?? 0m) + Wan(b.Amount),
        },
        ProjectDeclared { Funding: ProjectFunding.CurrentYear } p => document with
        {
            Projects = document.Projects.SetItem(ProjectNameKey.Of(p.ProjectName), (p.ProjectName,
                (document.Projects.TryGetValue(ProjectNameKey.Of(p.ProjectName), out var had) ? had.Amount : 0m)
                    + Wan(p.Amount))),
        },
        VarianceReasonStated s => document with { Statements = document.Statements.Add(s) },
        FindingRecorded f => document with { Findings = document.Findings.Add(f) },
        _ => document,
    };

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;
}
