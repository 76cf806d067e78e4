namespace BudgetLedger.Exports.Manifest;

/// <summary>
/// What an export covers: one unit's year, one unit's years (no year), or the whole ledger (no unit). The unit is
/// named by its ledger id, with its code and name as the ledger held them.
/// </summary>
public sealed record ExportScope(string? UnitId, string? UnitCode, string? UnitName, int? Year)
{
    public static readonly ExportScope WholeLedger = new(null, null, null, null);

    public override string ToString() =>
        UnitId is null ? "the whole ledger"
            : $"{UnitCode ?? UnitId} {UnitName}".Trim() + (Year is { } y ? $" {y}" : ", every year");
}
