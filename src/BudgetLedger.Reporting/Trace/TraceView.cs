namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// How a figure moved: its value each year (disclosed, derived from a later statement, or missing) and the chain of
/// events behind it.
/// </summary>
public sealed record TraceView(string Subject, IReadOnlyList<string> Units, IReadOnlyList<TraceYear> Years,
    IReadOnlyList<TraceStep> Steps);

/// <param name="Status">
/// disclosed, derived (stated by a later document), absent (a disclosure without it) or missing (no disclosure in the
/// ledger)
/// </param>
public sealed record TraceYear(int Year, string? Unit, decimal? Amount, string Status, string Basis);

/// <param name="Kind">the step as the disclosures name it (<see cref="Step"/> in words)</param>
/// <param name="Match">how the event's name was matched to the subject, when it differs</param>
public sealed record TraceStep(ulong Position, int Year, string Unit, string Kind, string Description,
    decimal? Amount, string Provenance, string? Match)
{
    [Newtonsoft.Json.JsonIgnore]
    public TraceStepKind Step { get; init; }

    public static TraceStep Of(TraceStepKind step, ulong position, int year, string unit, string description,
        decimal? amount, string provenance, string? match = null) =>
        new(position, year, unit, step.Words(), description, amount, provenance, match) { Step = step };
}
