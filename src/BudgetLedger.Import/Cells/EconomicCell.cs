using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Cells;

/// <summary>An economic class as a table names it: "[30101]基本工资", or by its name alone ("基本工资").</summary>
public static partial class EconomicCell
{
    public static EconomicClass? Parse(string cell)
    {
        var bracket = Bracketed().Match(cell);
        if (bracket.Success && EconomicClassCode.TryParse(bracket.Groups[1].Value, out var code))
        {
            return new EconomicClass(code, cell[bracket.Length..].Trim());
        }

        return EconomicClassCatalog.ByName(cell);
    }

    [GeneratedRegex(@"^\[(\d+)\]")]
    private static partial Regex Bracketed();
}
