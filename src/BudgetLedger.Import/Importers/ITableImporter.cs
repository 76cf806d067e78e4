namespace BudgetLedger.Import.Importers;

/// <summary>
/// Turns the tables of some kinds into events and findings. Several kinds may be read together when their figures only
/// make sense side by side.
/// </summary>
public interface ITableImporter
{
    IReadOnlyCollection<TableKind> Kinds { get; }

    void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables);
}
