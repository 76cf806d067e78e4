using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>执行数: what was actually spent on a functional class in a year.</summary>
[EventType("ExpenditureExecuted", 1)]
public sealed record ExpenditureExecuted(
    UnitId UnitId,
    FiscalYear FiscalYear,
    FunctionalClass FunctionalClass,
    FundSource? FundSource,
    ExpenditureKind? ExpenditureKind,
    Amount Amount) : ISingleUnitEvent;
