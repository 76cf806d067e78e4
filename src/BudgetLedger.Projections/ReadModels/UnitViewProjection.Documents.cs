using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>What documents say of themselves: the unit's name, class names, tables as printed.</summary>
public static partial class UnitViewProjection
{
    private static UnitView Imported(UnitView view, DocumentImported d) =>
        (view with { Name = d.UnitName, Code = d.UnitCode ?? view.Code }).WithYear(d.FiscalYear.Value,
            y => y with { Documents = y.Documents.Add(d.FileName) });

    private static YearView ClassesNamed(YearView y, FunctionalClassesNamed n) => y with
    {
        ClassNames = y.ClassNames.SetItems(n.Classes.Select(c => KeyValuePair.Create(c.Code.Value, c.Name))),
    };

    /// <summary>A table published again (a document re-read) replaces its earlier copy.</summary>
    private static YearView Published(YearView y, TablePublished t) => y with
    {
        PublishedTables = y.PublishedTables.RemoveAll(p => p.DocumentSha256 == t.DocumentSha256
            && p.Ordinal == t.Ordinal).Add(PublishedTableFigure.Of(t)),
    };
}
