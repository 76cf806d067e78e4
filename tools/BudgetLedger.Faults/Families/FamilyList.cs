namespace BudgetLedger.Faults.Families;

/// <summary>Every family, in the order they run and print.</summary>
public static class FamilyList
{
    public static readonly IReadOnlyList<Family> All =
    [
        new("projection-errors", ProjectionErrors.Cases),
        new("stale-read-models", StaleReadModels.Cases),
        new("arguments", ArgumentCases.Cases),
        new("record-fields", RecordFields.Cases),
        new("store-targets", StoreTargets.Cases),
        new("kills", Kills.Cases),
        new("races", Races.Cases),
    ];
}
