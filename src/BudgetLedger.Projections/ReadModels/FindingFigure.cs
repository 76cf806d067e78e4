namespace BudgetLedger.Projections.ReadModels;

/// <summary>A finding recorded at import, where it came from and what it says.</summary>
public sealed record FindingFigure(string DocumentSha256, string Table, int Line, string Rule, string Expected,
    string Actual);
