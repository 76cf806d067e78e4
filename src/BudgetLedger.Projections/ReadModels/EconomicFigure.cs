using BudgetLedger.Domain.Classification;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// A figure on an economic class (万元), personnel or operating; for final accounts also the basic part.
/// </summary>
public sealed record EconomicFigure(string Code, string Name, BasicExpenditureComponent Component, decimal? Amount,
    decimal? OfWhichBasic);
