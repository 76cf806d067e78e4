using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>When an event takes effect: the fiscal year it belongs to and the date of the document behind it.</summary>
public sealed record EffectiveTime(FiscalYear FiscalYear, DateOnly? DocumentDate);
