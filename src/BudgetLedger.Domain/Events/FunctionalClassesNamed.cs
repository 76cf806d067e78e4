using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// The functional classes a document's table names, parents included, so reports can print a subtotal's name as the
/// document did.
/// </summary>
[EventType("FunctionalClassesNamed", 1)]
public sealed record FunctionalClassesNamed(
    UnitId UnitId,
    FiscalYear FiscalYear,
    IReadOnlyList<FunctionalClass> Classes) : ISingleUnitEvent;
