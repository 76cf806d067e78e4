using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Units;

/// <summary>A name and code a unit bore, from a fiscal year on.</summary>
public sealed record UnitName(string Name, string? Code, FiscalYear From);
