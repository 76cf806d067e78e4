using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// 变动原因: the unit's own claim about why a figure changed against the prior year. A claim, not a fact:
/// projections compare it with the figures and show what it leaves unexplained.
/// </summary>
[EventType("VarianceReasonStated", 1)]
public sealed record VarianceReasonStated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    VarianceSubjectKind SubjectKind,
    string Subject,
    VarianceDirection Direction,
    Amount Amount,
    VarianceReasonKind Kind,
    string Text,
    Amount? ImpliedPriorYear) : ISingleUnitEvent;
