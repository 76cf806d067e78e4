using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// 预算调整: a change to the year's budget after adoption. The amount is positive; the kind says which way.
/// </summary>
[EventType("BudgetAdjusted", 1)]
public sealed record BudgetAdjusted(
    UnitId UnitId,
    FiscalYear FiscalYear,
    FunctionalClass FunctionalClass,
    FundSource FundSource,
    ExpenditureKind ExpenditureKind,
    AdjustmentKind Kind,
    Amount Amount,
    string Reason) : ISingleUnitEvent;
