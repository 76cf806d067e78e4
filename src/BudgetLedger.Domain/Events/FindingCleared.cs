using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// A finding raised earlier that the checks no longer give (a corrected document, the other document of a pair now
/// agreeing): the list of open findings changes visibly, never silently.
/// </summary>
[EventType("FindingCleared", 1)]
public sealed record FindingCleared(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string FindingId,
    string RuleId,
    string Place,
    string Reason) : ISingleUnitEvent;
