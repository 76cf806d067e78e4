using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// A national table with no figure, or only zeros, says why (空表说明): under it ("本表无数据", "本单位无政府性基金
/// 预算收入…故本表无数据", "本表本年无发生额", "没有使用…安排的支出"), or once for every table ("空表表示本部门无相关收支情况").
/// </summary>
internal static partial class EmptyTableStatements
{
    private const string Rule = "completeness.empty-table-statement";

    public static IEnumerable<Finding> Check(DisclosureText text, IReadOnlyList<(RawTable Table, TableKind Kind)> body)
    {
        if (text.Lines.Any(l => ForEveryTable().IsMatch(l.Text)))
        {
            yield break;
        }

        foreach (var (table, _) in body.Where(t => NationalTables.Listed.Contains(t.Kind)))
        {
            var words = table.Lines.SelectMany(l => l.Cells).SelectMany(c => c.Split(' ')).ToList();
            if (words.Any(IsNonZeroFigure) || words.Any(w => Placeholders.Holds(w))
                || table.Notes.Concat(table.Lines.Select(l => l.Text)).Any(n => Statement().IsMatch(n)))
            {
                continue;
            }

            yield return CompletenessChecks.Of(Rule, table.Title, table.TitleLine, "a statement that the table is "
                + "empty (本表无数据, 本单位无…)", $"no figure and no such statement (page {table.TitlePage})");
        }
    }

    private static bool IsNonZeroFigure(string word) =>
        Figure().IsMatch(word) && decimal.TryParse(word.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value != 0;

    /// <summary>"1,234.56", "0.84", "47,483,458": a printed amount, not a row number or code.</summary>
    [GeneratedRegex(@"^-?([\d,]*\d\.\d+|\d{1,3}(,\d{3})+)$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"无数据|空表|无发生额|没有使用|(本|我)(单位|部门)(\s*\d{4}\s*年度?)?无|故本表|无相关")]
    private static partial Regex Statement();

    [GeneratedRegex(@"空表表示")]
    private static partial Regex ForEveryTable();
}
