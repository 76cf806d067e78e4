namespace BudgetLedger.Projections.ReadModels;

/// <summary>An asset line as stated (a count, or a value in 万元).</summary>
public sealed record AssetFigure(string Item, decimal? Quantity, decimal? Value);
