using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>A project's money (万元) from the year's appropriation or from carryover.</summary>
public sealed record ProjectFigure(string Name, ProjectFunding Funding, decimal Amount);
