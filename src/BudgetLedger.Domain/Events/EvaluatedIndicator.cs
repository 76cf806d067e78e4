namespace BudgetLedger.Domain.Events;

/// <summary>
/// An indicator row of a self-evaluation: its level (产出/效益/满意度…), its text as printed, its weight (分值) and score (得分).
/// </summary>
public sealed record EvaluatedIndicator(string Level, string Text, decimal? Weight, decimal? Score);
