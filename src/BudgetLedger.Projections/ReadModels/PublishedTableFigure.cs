using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Tables;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// A table as its document printed it (see <see cref="TablePublished"/>), kept with the year it speaks of.
/// </summary>
public sealed record PublishedTableFigure(string DocumentSha256, int Ordinal, string Title, AmountUnit? Unit,
    IReadOnlyList<PublishedRow> Rows, IReadOnlyList<string> Notes, TableKind? Kind)
{
    public static PublishedTableFigure Of(TablePublished t) =>
        new(t.DocumentSha256, t.Ordinal, t.Title, t.Unit, t.Rows, t.Notes, t.Kind);
}
