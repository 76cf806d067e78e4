using BudgetLedger.Domain.Amounts;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// One source of a project's money in a performance-target table (元): over the whole period and for the year.
/// </summary>
public sealed record FundingLine(string Source, Amount? Period, Amount? Annual);
