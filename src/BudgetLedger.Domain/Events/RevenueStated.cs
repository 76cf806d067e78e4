using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>A line of revenue as a disclosure states it (财政拨款收入, 事业收入, 其他收入 …), planned or received.</summary>
[EventType("RevenueStated", 1)]
public sealed record RevenueStated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    Basis Basis,
    string Revenue,
    Amount Amount) : ISingleUnitEvent;
