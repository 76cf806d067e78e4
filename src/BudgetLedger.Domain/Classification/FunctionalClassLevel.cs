namespace BudgetLedger.Domain.Classification;

/// <summary>类 (3 digits) › 款 (5 digits) › 项 (7 digits).</summary>
public enum FunctionalClassLevel
{
    Category = 3,
    Section = 5,
    Item = 7,
}
