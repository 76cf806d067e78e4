namespace BudgetLedger.Domain.Events;

/// <summary>
/// What every event carries besides its data. When it was recorded is not here: the store stamps that
/// at append time, so a retried append of the same event is byte-identical and a no-op.
/// </summary>
public sealed record EventMetadata(EffectiveTime Effective, Provenance Provenance);
