namespace BudgetLedger.Import.Documents;

/// <summary>An event the import will append, with its derived id and provenance.</summary>
public sealed record PlannedEvent(Guid EventId, IBudgetEvent Event, Provenance Provenance);
