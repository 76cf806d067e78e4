namespace BudgetLedger.Projections.ReadModels;

/// <summary>三公 figures (万元) as stated; null where not stated.</summary>
public sealed record ThreePublicFigures(decimal? OverseasTravel, decimal? VehiclePurchase, decimal? VehicleOperation,
    decimal? Reception, decimal? Total);
