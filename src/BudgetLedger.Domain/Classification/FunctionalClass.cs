namespace BudgetLedger.Domain.Classification;

/// <summary>A functional class as a disclosure names it: code and name (the name may differ between years).</summary>
public sealed record FunctionalClass(FunctionalClassCode Code, string Name)
{
    public static FunctionalClass Of(string code, string name) => new(FunctionalClassCode.Parse(code), name);

    /// <summary>The standard name of a 类, when the code is one of the national categories.</summary>
    public static string? StandardCategoryName(FunctionalClassCode code) =>
        FunctionalCategoryNames.ByCode.GetValueOrDefault(code.Category.Value);

    public override string ToString() => $"[{Code}]{Name}";
}
