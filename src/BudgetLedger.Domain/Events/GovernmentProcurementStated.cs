using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>政府采购 by goods, works and services.</summary>
[EventType("GovernmentProcurementStated", 1)]
public sealed record GovernmentProcurementStated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    Basis Basis,
    Amount Goods,
    Amount Works,
    Amount Services) : ISingleUnitEvent;
