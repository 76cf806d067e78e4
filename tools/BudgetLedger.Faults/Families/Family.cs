using BudgetLedger.Faults.Cases;

namespace BudgetLedger.Faults.Families;

/// <summary>A family of kindred cases; <see cref="Cases"/> draws its random parts from the random given.</summary>
public sealed record Family(string Name, Func<FamilyPlan, IReadOnlyList<FaultCase>> Cases);

/// <summary>What a family's cases may depend on: the seeded random and the rounds asked for.</summary>
public sealed record FamilyPlan(Random Random, bool Short, int? Kills);
