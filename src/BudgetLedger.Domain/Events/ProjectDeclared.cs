using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>项目: a named project with its money and declared targets.</summary>
[EventType("ProjectDeclared", 1)]
public sealed record ProjectDeclared(UnitId UnitId, FiscalYear FiscalYear, string ProjectName, ProjectKind? Kind, FunctionalClass? FunctionalClass, Amount Amount, IReadOnlyList<PerformanceTarget> Targets) : IBudgetEvent;
