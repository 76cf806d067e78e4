using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>A unit takes a new name (and perhaps code) and keeps its identity: 工伤中心 → 数据中心.</summary>
[EventType("UnitRenamed", 1)]
public sealed record UnitRenamed(UnitId UnitId, string OldName, string NewName, string? NewCode, FiscalYear FiscalYear, string? BasisDocument) : IBudgetEvent;
