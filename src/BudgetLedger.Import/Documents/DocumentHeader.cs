using System.Text.RegularExpressions;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Import.Documents;

/// <summary>Whose document it is, for which year, and whether it is a budget or final accounts.</summary>
public sealed partial record DocumentHeader(string UnitName, string? UnitCode, FiscalYear Year, DocumentKind Kind,
    string Title)
{
    public static DocumentHeader Read(DisclosureText text, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        var (name, code) = UnitOf(text) ?? HeadingUnit(text) ?? CoverUnit(text)
            ?? throw new ImportException(text.FileName, null, null, "no unit: no line names the 单位名称, 部门, 部门名称 or "
                + "编制部门, no heading reads '<unit> <year>年度部门预算/决算', and no cover prints the unit above "
                + "'部门预算' or '部门决算'");
        if (Placeholder().Match(name) is { Success: true } placeholder)
        {
            throw new ImportException(text.FileName, null, null, $"a template, not a disclosure: the unit '{name}' "
                + $"holds the placeholder '{placeholder.Value}'");
        }

        code ??= CodeBeside(text, name);
        var year = tables.Select(t => TableTitles.Year(t.Table.Title)).FirstOrDefault(y => y is not null)
            ?? text.Lines.Select(l => YearLine().Match(l.Text)).Where(m => m.Success)
                .Select(m => (int?)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault()
            ?? text.Lines.Select(l => DocumentYear().Match(l.Text.Replace(" ", "",
                StringComparison.Ordinal))).Where(m => m.Success)
                .Select(m => (int?)int.Parse(m.Groups[1].Value,
                    System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()
            ?? throw new ImportException(text.FileName, null, null, "no fiscal year: no table title, 年度 line or "
                + "'<year>年…预算/决算' heading states one");
        var kind = tables.Any(t => t.Kind.ToString().StartsWith("FinalAccounts", StringComparison.Ordinal)
            || t.Kind == TableKind.PerformanceSelfEvaluation)
            ? DocumentKind.FinalAccountsDisclosure
            : DocumentKind.BudgetDisclosure;
        var title = text.Lines.Select(l => l.Text).FirstOrDefault(t => t.EndsWith("预算公开", StringComparison.Ordinal)
            || t.EndsWith("决算公开", StringComparison.Ordinal))
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

    /// <summary>The unit named by a heading "中共上海市普陀区委社会工作部 2024 年度部门决算表" (part heading or cover).</summary>
    private static (string Name, string? Code)? HeadingUnit(DisclosureText text) =>
        text.Lines.Select(l => Heading().Match(l.Text)).FirstOrDefault(m => m.Success) is { } m
            ? (PartPrefix().Replace(m.Groups["name"].Value, "").Trim(), null)
            : null;

    /// <summary>A cover page: "2026 年度" / "福州市医疗保障局" / "部门预算", the unit on the line above the kind.</summary>
    private static (string Name, string? Code)? CoverUnit(DisclosureText text)
    {
        var cover = text.Lines.Where(l => !l.IsBlank).TakeWhile(l => l.Page == text.Lines.First(f => !f.IsBlank).Page)
            .Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)).ToList();
        var kind = cover.FindIndex(l => CoverKind().IsMatch(l));
        return cover.Take(Math.Max(kind, 0)).Reverse().FirstOrDefault(l => CoverName().IsMatch(l)) is { } name
            ? (name, null) : null;
    }

    [GeneratedRegex(@"^(\d{4}年度?)?(部门|单位)(预算|决算)(公开)?$")]
    private static partial Regex CoverKind();

    [GeneratedRegex(@"^[^\d，。：:]{4,40}$")]
    private static partial Regex CoverName();

    /// <summary>Performance tables write the unit as "209100-山西省社会保险局" where the header gives only the name.</summary>
    private static string? CodeBeside(DisclosureText text, string name)
    {
        var pattern = new Regex(@"(?<![\d])(\d{6})-" + Regex.Escape(name) + "$");
        return text.Lines.SelectMany(l => l.NonEmptyCells).Select(c => pattern.Match(c))
            .FirstOrDefault(m => m.Success)?.Groups[1].Value;
    }

    [GeneratedRegex(@"^(单位名称|部门名称|部门|编制部门|编制单位|预算单位)[：:]\s*(\[(?<code>\d+)\])?(?<name>.+?)(\s+(金额)?单位[：:].*)?$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^(?<name>[^\d，。：:]{4,40}?)\s*\d{4}\s*年度?\s*(部门|单位)?(预算|决算)(表|公开)?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^.{0,40}?(\d{4})年度?.{0,30}?(预算|决算)(公开|表|信息公开)?$")]
    private static partial Regex DocumentYear();

    [GeneratedRegex(@"^\s*第.{1,3}部分\s*")]
    private static partial Regex PartPrefix();

    [GeneratedRegex("XX|××|ＸＸ|xx")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[（(]?(\d{4})年度[）)]?$")]
    private static partial Regex YearLine();
}
