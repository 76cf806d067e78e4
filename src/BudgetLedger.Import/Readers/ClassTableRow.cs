namespace BudgetLedger.Import.Readers;

/// <summary>A row of a table keyed by functional class; <see cref="Class"/> is null on the 合计 row.</summary>
public sealed record ClassTableRow(int Line, FunctionalClass? Class, IReadOnlyDictionary<string, decimal?> Amounts)
{
    public decimal? this[string column] => Amounts.GetValueOrDefault(column);
}
