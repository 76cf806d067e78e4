using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// 决算明细: what was spent on an economic class (人员经费 or 公用经费), and how much of it was basic expenditure.
/// </summary>
[EventType("EconomicExpenditureExecuted", 1)]
public sealed record EconomicExpenditureExecuted(
    UnitId UnitId,
    FiscalYear FiscalYear,
    EconomicClass EconomicClass,
    BasicExpenditureComponent Component,
    Amount? Amount,
    Amount? OfWhichBasic) : ISingleUnitEvent;
