namespace BudgetLedger.Mutations;

public enum Outcome
{
    Refused,
    Finding,
    RoundingDifference,
    Silent,
}

public sealed record Mutation(Outcome Outcome, string Description);
