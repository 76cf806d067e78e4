using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// An identity the document's own figures break (a parent that is not the sum of its children, a date that
/// does not exist …), recorded so an auditor sees it. Expected and actual are as printed, in the table's unit.
/// <see cref="RuleId"/> names the rule in the catalogue (BudgetLedger.Domain.Checks); events recorded before the
/// catalogue have none.
/// </summary>
[EventType("FindingRecorded", 1)]
public sealed record FindingRecorded(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string DocumentSha256,
    string Table,
    int Line,
    string Rule,
    string Expected,
    string Actual,
    string? RuleId = null) : ISingleUnitEvent;
