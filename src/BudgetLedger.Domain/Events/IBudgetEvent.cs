namespace BudgetLedger.Domain.Events;

/// <summary>
/// An immutable fact about a budget. Every implementation carries an <see cref="EventTypeAttribute"/>.
/// </summary>
public interface IBudgetEvent;
