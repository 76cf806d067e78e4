using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// The years in the contents entries and the table titles: the document's own year, in four digits ("202 年度",
/// "202年" are typos; "2021年" in a 2022 document a title left from last year's).
/// </summary>
internal static partial class TitleYears
{
    private const string Rule = "completeness.title-year";

    public static IEnumerable<Finding> Check(DisclosureText text, IReadOnlyList<(RawTable Table, TableKind Kind)> body,
        int year)
    {
        var places = ContentsPage.Entries(text).Select(e => (Place: "目录", Text: e.Entry, e.Line, e.Page))
            .Concat(body.Select(t => (Place: t.Table.Title, Text: t.Table.Title, Line: t.Table.TitleLine,
                Page: t.Table.TitlePage)));
        foreach (var (place, printed, line, page) in places)
        {
            foreach (Match m in Year().Matches(printed))
            {
                var digits = m.Groups["year"].Value;
                if (digits.Length != 4 || int.Parse(digits, CultureInfo.InvariantCulture) != year)
                {
                    yield return CompletenessChecks.Of(Rule, place, line, $"{year}年",
                        $"'{m.Value}' in '{printed}' (page {page})");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<!\d)(?<year>\d{3,4})\s*年")]
    private static partial Regex Year();
}
