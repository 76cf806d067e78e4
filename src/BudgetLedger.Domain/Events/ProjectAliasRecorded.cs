using BudgetLedger.Domain.Units;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// Recorded by hand: these names are one project of the unit (names drift between years: 工伤业务保险经办费
/// in 2022, 工伤保险业务经办费 in 2026). Settles what a normalised-name match can only suggest.
/// </summary>
[EventType("ProjectAliasRecorded", 1)]
public sealed record ProjectAliasRecorded(
    UnitId UnitId,
    string ProjectName,
    IReadOnlyList<string> Aliases) : ISingleUnitEvent;
