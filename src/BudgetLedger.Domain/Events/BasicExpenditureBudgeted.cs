using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>基本支出 by economic class (人员经费 or 公用经费).</summary>
[EventType("BasicExpenditureBudgeted", 1)]
public sealed record BasicExpenditureBudgeted(
    UnitId UnitId,
    FiscalYear FiscalYear,
    Basis Basis,
    EconomicClass EconomicClass,
    BasicExpenditureComponent Component,
    Amount Amount) : ISingleUnitEvent;
