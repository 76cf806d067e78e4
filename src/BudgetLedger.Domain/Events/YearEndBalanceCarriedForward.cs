using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>年末结转和结余: what was left at year end, carried to the next year.</summary>
[EventType("YearEndBalanceCarriedForward", 1)]
public sealed record YearEndBalanceCarriedForward(
    UnitId UnitId,
    FiscalYear FiscalYear,
    FunctionalClass? FunctionalClass,
    FundSource? FundSource,
    Amount Amount) : ISingleUnitEvent;
