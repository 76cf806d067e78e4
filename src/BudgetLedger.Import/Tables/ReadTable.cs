namespace BudgetLedger.Import.Tables;

/// <summary>
/// A table as the importer takes it: its cells under their columns, the national table its title names (if any),
/// and, when no reader interprets it, why: it then goes into the ledger as printed only.
/// </summary>
public sealed record ReadTable(RawTable Table, TableKind? Kind, string? NotInterpretedBecause)
{
    public bool Interpreted => Kind is not null && NotInterpretedBecause is null;
}
