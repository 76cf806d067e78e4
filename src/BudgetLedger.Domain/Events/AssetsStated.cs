using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>国有资产占用: a count or value of assets the disclosure publishes (vehicles, equipment over 50万元, ...).</summary>
[EventType("AssetsStated", 1)]
public sealed record AssetsStated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string Item,
    decimal? Quantity,
    Amount? Value) : ISingleUnitEvent;
