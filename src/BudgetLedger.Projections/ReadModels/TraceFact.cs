namespace BudgetLedger.Projections.ReadModels;

/// <summary>What a unit's event says about a project or a functional class line, as a trace shows it.</summary>
public enum TraceFactKind
{
    ProjectBudgeted,
    ProjectCarriedOver,
    TargetsFunds,
    SelfEvaluated,
    ReasonStated,
    Appropriated,
    CarriedOver,
    Supplemented,
    Reduced,
    Executed,
    Transferred,
}

/// <summary>
/// One step of a trace, kept per unit: the project it names (<see cref="Project"/>) or the line it moves
/// (<see cref="Code"/>), its text and amount (万元). A transfer is kept under both units, one fact per line
/// (<see cref="Ordinal"/>). The event's metadata (provenance) is stored beside it, decoded only when shown.
/// </summary>
public sealed record TraceFact(ulong Position, int Ordinal, int Year, TraceFactKind Kind, string Text,
    decimal? Amount)
{
    public string? Project { get; init; }

    public string? Code { get; init; }

    public string? FromUnit { get; init; }

    public string? ToUnit { get; init; }

    public string? Function { get; init; }
}
