namespace BudgetLedger.Domain.Checks;

/// <summary>One check an auditor runs: a stable id, what it checks in a sentence, its kind and its tolerance.</summary>
/// <param name="Id">stable: findings are named by it (e.g. "cross-document.opening-budget")</param>
/// <param name="Checks">what it checks, in one sentence</param>
/// <param name="Tolerance">how far apart the figures may be before it is a finding, in words</param>
public sealed record Rule(string Id, RuleKind Kind, string Checks, string Tolerance);
