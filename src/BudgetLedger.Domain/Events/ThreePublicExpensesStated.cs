using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// "三公"经费: overseas travel, official vehicles (purchase, operation) and official reception, as stated
/// (null where the table leaves the cell blank), and the table's own 合计.
/// </summary>
[EventType("ThreePublicExpensesStated", 1)]
public sealed record ThreePublicExpensesStated(
    UnitId UnitId,
    FiscalYear FiscalYear,
    Basis Basis,
    Amount? OverseasTravel,
    Amount? OfficialVehiclePurchase,
    Amount? OfficialVehicleOperation,
    Amount? OfficialReception,
    Amount? StatedTotal) : ISingleUnitEvent;
