using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>上年结转: unspent money of earlier years, brought into this year for the same purpose.</summary>
[EventType("CarryoverBroughtForward", 1)]
public sealed record CarryoverBroughtForward(
    UnitId UnitId,
    FiscalYear FiscalYear,
    FunctionalClass? FunctionalClass,
    FundSource FundSource,
    ExpenditureKind? ExpenditureKind,
    Amount Amount) : ISingleUnitEvent;
