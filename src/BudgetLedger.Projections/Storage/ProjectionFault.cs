namespace BudgetLedger.Projections.Storage;

/// <summary>An event the projections could not fold, with its log position: reported, never silently dropped.</summary>
public sealed record ProjectionFault(ulong Position, string Type, string Error);
