using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// 项目: a named project and the money the year's budget gives it, from the year's appropriation or from carryover.
/// </summary>
[EventType("ProjectDeclared", 1)]
public sealed record ProjectDeclared(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string ProjectName,
    ProjectFunding Funding,
    FundSource FundSource,
    Amount Amount) : ISingleUnitEvent;
