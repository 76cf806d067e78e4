namespace BudgetLedger.Mutations;

/// <summary>Where a changed figure may be printed.</summary>
[Flags]
public enum FigurePlace
{
    /// <summary>A table a reader interprets (its identities are checked).</summary>
    Interpreted = 1,

    /// <summary>A table kept as printed, not interpreted.</summary>
    Kept = 2,

    /// <summary>Outside every table: the notes (情况说明) and other text.</summary>
    Notes = 4,
}
