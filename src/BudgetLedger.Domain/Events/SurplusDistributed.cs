using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>结余分配: surplus paid out as tax, set aside or moved to non-appropriation surplus at year end.</summary>
[EventType("SurplusDistributed", 1)]
public sealed record SurplusDistributed(UnitId UnitId, FiscalYear FiscalYear, Amount Amount) : ISingleUnitEvent;
