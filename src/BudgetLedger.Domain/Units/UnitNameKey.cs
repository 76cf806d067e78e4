namespace BudgetLedger.Domain.Units;

/// <summary>A unit's name as compared: full-width and half-width brackets and spaces vary between tables.</summary>
public static class UnitNameKey
{
    public static string Of(string name) => name.Replace('(', '（').Replace(')', '）')
        .Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
}
