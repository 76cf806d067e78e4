using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>A budget unit enters the ledger (单位).</summary>
[EventType("UnitRegistered", 1)]
public sealed record UnitRegistered(
    UnitId UnitId,
    string? Code,
    string Name,
    SupervisingDepartment? SupervisingDepartment,
    FiscalYear FiscalYear) : ISingleUnitEvent;
