using System.Text.RegularExpressions;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Import.Documents;

/// <summary>Whose document it is, for which year, and whether it is a budget or final accounts.</summary>
public sealed partial record DocumentHeader(string UnitName, string? UnitCode, FiscalYear Year, DocumentKind Kind, string Title)
{
    public static DocumentHeader Read(DisclosureText text, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        var (name, code) = UnitOf(text) ?? throw new ImportException(text.FileName, null, null, "no unit: no line names the 单位名称, 部门 or 部门名称");
        code ??= CodeBeside(text, name);
        var year = tables.Select(t => TableTitles.Year(t.Table.Title)).FirstOrDefault(y => y is not null)
            ?? text.Lines.Select(l => YearLine().Match(l.Text)).Where(m => m.Success).Select(m => (int?)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()
            ?? throw new ImportException(text.FileName, null, null, "no fiscal year: no table title or 年度 line states one");
        var kind = tables.Any(t => t.Kind.ToString().StartsWith("FinalAccounts", StringComparison.Ordinal) || t.Kind == TableKind.PerformanceSelfEvaluation)
            ? DocumentKind.FinalAccountsDisclosure
            : DocumentKind.BudgetDisclosure;
        var title = text.Lines.Select(l => l.Text).FirstOrDefault(t => t.EndsWith("预算公开", StringComparison.Ordinal) || t.EndsWith("决算公开", StringComparison.Ordinal))
            ?? $"{year}年{(kind == DocumentKind.BudgetDisclosure ? "预算" : "决算")}公开";
        return new DocumentHeader(name, code, new FiscalYear(year), kind, title);
    }

    private static (string Name, string? Code)? UnitOf(DisclosureText text)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            foreach (var cell in text.Lines[i].NonEmptyCells)
            {
                var m = UnitLine().Match(cell);
                if (!m.Success)
                {
                    continue;
                }

                var name = m.Groups["name"].Value.Trim();
                if (name.Count(c => c is '（' or '(') > name.Count(c => c is '）' or ')') && i + 1 < text.Lines.Count)
                {
                    name += text.Lines[i + 1].Text; // the name wrapped onto the next line
                }

                return (name, m.Groups["code"].Success ? m.Groups["code"].Value : null);
            }
        }

        return null;
    }

    /// <summary>Performance tables write the unit as "209100-山西省社会保险局" where the header gives only the name.</summary>
    private static string? CodeBeside(DisclosureText text, string name)
    {
        var pattern = new Regex(@"(?<![\d])(\d{6})-" + Regex.Escape(name) + "$");
        return text.Lines.SelectMany(l => l.NonEmptyCells).Select(c => pattern.Match(c)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
    }

    [GeneratedRegex(@"^(单位名称|部门名称|部门)[：:]\s*(\[(?<code>\d+)\])?(?<name>.+)$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^[（(]?(\d{4})年度[）)]?$")]
    private static partial Regex YearLine();
}
