using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>当年预算安排: new money for the year on one functional class, fund source and expenditure kind.</summary>
[EventType("BudgetAppropriated", 1)]
public sealed record BudgetAppropriated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    FunctionalClass FunctionalClass,
    FundSource FundSource,
    ExpenditureKind ExpenditureKind,
    Amount Amount) : ISingleUnitEvent;
