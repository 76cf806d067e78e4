namespace BudgetLedger.Projections.ReadModels;

/// <summary>政府采购 (万元) by goods, works and services.</summary>
public sealed record ProcurementFigures(decimal Goods, decimal Works, decimal Services)
{
    public decimal Total => Goods + Works + Services;
}
