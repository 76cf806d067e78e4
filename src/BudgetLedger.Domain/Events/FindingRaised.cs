using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// A finding the ledger's checks now give for a unit's year, under its stable id (rule, unit, year, place): raised
/// once, and open until a <see cref="FindingCleared"/> names it.
/// </summary>
[EventType("FindingRaised", 1)]
public sealed record FindingRaised(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string FindingId,
    string RuleId,
    bool RoundingOnly,
    IReadOnlyList<string> Documents,
    string Place,
    string Rule,
    string Expected,
    string Found) : ISingleUnitEvent;
