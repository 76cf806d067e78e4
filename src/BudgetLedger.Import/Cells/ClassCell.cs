using System.Text.RegularExpressions;
using BudgetLedger.Domain.Classification;

namespace BudgetLedger.Import.Cells;

/// <summary>A functional class as the tables write it: "201" beside "[201]一般公共服务支出", or either alone.</summary>
public static partial class ClassCell
{
    public static FunctionalClass? Parse(string codeCell, string nameCell)
    {
        var bracket = Bracketed().Match(nameCell);
        var code = codeCell.Length > 0 ? codeCell : bracket.Success ? bracket.Groups[1].Value : "";
        var name = bracket.Success ? nameCell[bracket.Length..].Trim() : nameCell.Trim();
        return FunctionalClassCode.TryParse(code, out var parsed) ? new FunctionalClass(parsed, name) : null;
    }

    public static bool LooksLikeCode(string cell) => Code().IsMatch(cell);

    [GeneratedRegex(@"^\[(\d+)\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\d{3,9}$")]
    private static partial Regex Code();
}
