using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Completeness;

/// <summary>
/// A template's blanks left in the published text: "上海市 XX 局", "XXX 万元", "××", "XXXX年". One finding per line.
/// </summary>
internal static partial class Placeholders
{
    private const string Rule = "completeness.placeholder";

    public static bool Holds(string text) => Placeholder().IsMatch(text);

    public static IEnumerable<Finding> Check(DisclosureText text, IReadOnlyList<(RawTable Table, TableKind Kind)> body)
    {
        foreach (var line in text.Lines.Where(l => Holds(l.Text)))
        {
            var printed = string.Join(' ', line.NonEmptyCells);
            var table = body.LastOrDefault(t => t.Table.TitleLine <= line.Number
                && (t.Table.Lines.Count == 0 || t.Table.Lines[^1].Number >= line.Number)).Table;
            yield return CompletenessChecks.Of(Rule, table?.Title ?? "正文", line.Number, "the unit's own words and "
                + "figures", $"'{Placeholder().Match(line.Text).Value}' in '{Shortened(printed)}' (page {line.Page})");
        }
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"(?<![A-Za-z])(X{2,}|x{2,}|×{2,}|Ｘ{2,})(?![A-Za-z])")]
    private static partial Regex Placeholder();
}
