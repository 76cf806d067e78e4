using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Importers;

/// <summary>
/// 项目支出绩效目标(申报)表: the project's name, kind, funds in 元 and its indicator rows. Narrative rows
/// (项目概况, 立项依据 …) are prose, not figures; the 负责人/经办人/联系电话 row is personal data and is
/// never read into an event.
/// </summary>
public sealed partial class PerformanceTargetsImporter : ITableImporter
{
    private static readonly string[] FirstLevels = ["产出指标", "效益指标", "满意度指标", "成本指标"];

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.PerformanceTargets];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var nameLine = table.Lines.FirstOrDefault(l => l[0] == "项目名称")
                ?? throw document.Error(table, null, "no 项目名称 row");
            var name = nameLine.NonEmptyCells.Skip(1).FirstOrDefault()
                ?? throw document.Error(table, nameLine.Number, "项目名称 is blank");
            var kindText = table.Lines.FirstOrDefault(l => l[0] == "项目属性")?.NonEmptyCells.Skip(1).FirstOrDefault()
                ?? "";
            ProjectKind? kind = kindText.StartsWith("经常性", StringComparison.Ordinal) ? ProjectKind.Recurring
                : kindText.StartsWith("延续性", StringComparison.Ordinal) ? ProjectKind.Continuing
                : kindText.StartsWith("一次性", StringComparison.Ordinal) ? ProjectKind.OneOff : null;
            var funds = table.Lines.FirstOrDefault(l => l[0].StartsWith("项目资金", StringComparison.Ordinal));
            var total = funds is null ? null : FundAfter(document, table, funds, "期资金总额");
            var annual = funds is null ? null : FundAfter(document, table, funds, "年度资金总额");
            document.Report(Validation.Dates.Check(table));
            document.Add(new PerformanceTargetsDeclared(document.UnitId, document.Header.Year, name, kind, total,
                annual, FundingLines(document, table, funds), Targets(table)), table, nameLine.Number);
        }
    }

    /// <summary>The rows under 项目资金: "其中：中央财政资金 0 … 0", "省级财政资金 …", each with its period and annual figure.</summary>
    private static List<FundingLine> FundingLines(DocumentContext document, RawTable table, TextLine? funds)
    {
        var lines = new List<FundingLine>();
        if (funds is null)
        {
            return lines;
        }

        foreach (var line in table.Lines.SkipWhile(l => l != funds).Skip(1).TakeWhile(l => l[0].Length == 0))
        {
            var cells = line.NonEmptyCells.ToList();
            if (cells.Count == 0 || !(cells[0].EndsWith("资金", StringComparison.Ordinal)
                || cells[0].EndsWith("自筹", StringComparison.Ordinal)))
            {
                break;
            }

            var source = Source().Replace(cells[0], "");
            Amount? At(int i) => i < cells.Count && AmountCell.TryParse(cells[i], out var v) && v is { } x
                ? Amount.Yuan(x) : null;
            lines.Add(new FundingLine(source, At(1), At(3)));
        }

        return lines;
    }

    [GeneratedRegex(@"^其中[：:]")]
    private static partial Regex Source();

    /// <summary>Indicator rows: from the 绩效指标 header to the 负责人 row, each kept as printed under its 一级指标.</summary>
    private static List<PerformanceTarget> Targets(RawTable table)
    {
        var targets = new List<PerformanceTarget>();
        var start = table.Lines.ToList().FindIndex(l => l.NonEmptyCells.Contains("一级指标"));
        var level = "";
        foreach (var line in table.Lines.Skip(start + 1))
        {
            if (line.Cells.Any(c => c.StartsWith("负责人", StringComparison.Ordinal)
                || c.StartsWith("联系电话", StringComparison.Ordinal)))
            {
                break;
            }

            var cells = line.NonEmptyCells.Where(c => c != "绩效指标" && c != "绩效 指标").ToList();
            level = cells.FirstOrDefault(c => FirstLevels.Any(f => c.StartsWith(f, StringComparison.Ordinal))) ?? level;
            var rest = cells.Where(c => !FirstLevels.Contains(c)).ToList();
            if (rest.Count >= 2 && Value().IsMatch(rest[^1]))
            {
                targets.Add(new PerformanceTarget(level, string.Join(" | ", rest.Take(rest.Count - 1)), rest[^1]));
            }
        }

        return targets;
    }

    private static Amount? FundAfter(DocumentContext document, RawTable table, TextLine line, string label)
    {
        var cells = line.NonEmptyCells.ToList();
        var at = cells.FindIndex(c => c.Contains(label, StringComparison.Ordinal)
            && !(label == "期资金总额" && c.StartsWith("年度", StringComparison.Ordinal)));
        return at < 0 || at + 1 >= cells.Count ? null
            : AmountCell.Parse(cells[at + 1], r => document.Error(table, line.Number, $"{label}: {r}")) is { } v
                ? Amount.Yuan(v) : null;
    }

    /// <summary>An indicator value: a comparison, a number, a yes/no or a deadline.</summary>
    [GeneratedRegex(@"[≥≤=<>＞＜\d%％]|^(是|否|提升|有效|完成|年底前.*|.*之内|.*前完成)$")]
    private static partial Regex Value();
}
