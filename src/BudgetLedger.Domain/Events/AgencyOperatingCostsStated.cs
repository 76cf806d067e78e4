using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>机关运行经费.</summary>
[EventType("AgencyOperatingCostsStated", 1)]
public sealed record AgencyOperatingCostsStated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    Basis Basis,
    Amount Amount) : ISingleUnitEvent;
