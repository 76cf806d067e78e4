namespace BudgetLedger.Domain.Events;

/// <summary>绩效目标: one indicator of a project and the value it aims for, as the table states it.</summary>
public sealed record PerformanceTarget(string Category, string Indicator, string Target);
