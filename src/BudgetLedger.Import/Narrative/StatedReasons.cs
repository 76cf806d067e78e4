using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// The unit's own words on why figures moved (情况说明), as structured claims. A headline ("预算收入总计
/// 1,414.66万元 … 比上年减少148.58万元") gives the figure, direction and the prior-year figure it implies;
/// the reasons after it ("工伤保险业务经办费减少53.23万元", "新增人社数据工作经费20万元", "…为一次性项目")
/// give projects, amounts and kinds (a numbered reason that speaks of 划转 is a transfer). A claim stated
/// twice (once for revenue, once for expenditure) is recorded once.
/// </summary>
public static partial class StatedReasons
{
    private static readonly string[] TopicWords = ["总计", "合计", "拨款", "支出", "经费", "收入", "费"];

    public static void Extract(DisclosureText text, DocumentContext document)
    {
        var seen = new HashSet<(VarianceSubjectKind, string, VarianceDirection, decimal)>();
        foreach (var line in text.Lines.Where(IsNarrative))
        {
            var index = 0;
            foreach (var claim in Claims(line.Text.Replace(document.Header.UnitName, "", StringComparison.Ordinal)))
            {
                if (seen.Add((claim.SubjectKind, claim.Subject, claim.Direction, claim.Amount.Value)))
                {
                    document.Add(new VarianceReasonStated(document.UnitId, document.Header.Year, claim.SubjectKind,
                        claim.Subject, claim.Direction, claim.Amount, claim.Kind, claim.Text, claim.ImpliedPriorYear),
                        "情况说明", line.Number, (index++).ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static bool IsNarrative(TextLine line) =>
        line.Cells.Count(c => c.Length > 0) == 1 && line.Text is { Length: >= 20 } text && MayClaim(text)
            && (Change().IsMatch(line.Text) || New().IsMatch(line.Text));

    /// <summary>Every claim names an amount in 万元 and a change: a cheap test before the patterns run.</summary>
    private static bool MayClaim(string text) => text.Contains("万元", StringComparison.Ordinal)
        && (text.Contains("增加", StringComparison.Ordinal) || text.Contains("减少", StringComparison.Ordinal)
            || text.Contains("新增", StringComparison.Ordinal));

    /// <summary>
    /// Clauses of one paragraph in order; a headline found early gives later reasons their direction.
    /// </summary>
    private static IEnumerable<Claim> Claims(string paragraph)
    {
        Claim? headline = null;
        foreach (var (clause, offset) in Clauses(paragraph))
        {
            if (!clause.Contains("万元", StringComparison.Ordinal))
            {
                continue;
            }

            if (New().Match(clause) is { Success: true } added)
            {
                yield return new Claim(VarianceSubjectKind.Project, Clean(added.Groups["subject"].Value),
                    VarianceDirection.Increase, Wan(added.Groups["amount"].Value), VarianceReasonKind.New, clause,
                    null);
                continue;
            }

            if (OneOff().Match(clause) is { Success: true } oneOff && headline is not null)
            {
                yield return new Claim(VarianceSubjectKind.Project, Clean(oneOff.Groups["subject"].Value),
                    headline.Direction, Wan(oneOff.Groups["amount"].Value), VarianceReasonKind.OneOff, clause, null);
                continue;
            }

            var change = Change().Match(clause);
            if (!change.Success)
            {
                continue;
            }

            var direction = change.Groups["direction"].Value == "增加" ? VarianceDirection.Increase
                : VarianceDirection.Decrease;
            var amount = Wan(change.Groups["amount"].Value);
            var subject = Clean(change.Groups["subject"].Value);
            if (subject == "合计")
            {
                continue; // a subtotal of the reasons just given
            }

            if (subject.Length == 0 || TopicKind(subject) is not null || Figure().IsMatch(subject))
            {
                var topic = Figure().Match(subject) is { Success: true } stated
                    ? (TopicKind(Clean(stated.Groups["subject"].Value))
                        ?? VarianceSubjectKind.OtherFigure, Clean(stated.Groups["subject"].Value),
                        Wan(stated.Groups["amount"].Value))
                    : TopicBefore(paragraph, offset, subject);
                if (topic is null)
                {
                    continue;
                }

                var (kind, name, current) = topic.Value;
                Amount? implied = current is { } c ? direction == VarianceDirection.Decrease ? c + amount : c - amount
                    : null;
                headline = new Claim(kind, name, direction, amount, direction == VarianceDirection.Increase
                    ? VarianceReasonKind.Increase : VarianceReasonKind.Decrease, clause, implied);
                yield return headline;
                continue;
            }

            var reasonKind = ItemAround(paragraph, offset).Contains("划转", StringComparison.Ordinal)
                ? VarianceReasonKind.Transfer
                : direction == VarianceDirection.Increase ? VarianceReasonKind.Increase : VarianceReasonKind.Decrease;
            yield return new Claim(VarianceSubjectKind.Project, subject, direction, amount, reasonKind, clause, null);
        }
    }

    private static IEnumerable<(string Clause, int Offset)> Clauses(string paragraph)
    {
        var start = 0;
        for (var i = 0; i <= paragraph.Length; i++)
        {
            var asciiComma = paragraph[Math.Min(i, paragraph.Length - 1)] == ',' && i > 0 && i + 1 < paragraph.Length
                && !(char.IsAsciiDigit(paragraph[i - 1]) && char.IsAsciiDigit(paragraph[i + 1]));
            if (i == paragraph.Length || paragraph[i] is '，' or '；' or '：' or '。' || asciiComma)
            {
                if (i > start)
                {
                    yield return (paragraph[start..i].Trim(), start);
                }

                start = i + 1;
            }
        }
    }

    /// <summary>
    /// What a change is about: the named subject with its figure stated earlier, or else the last figure
    /// before it that is a total (总计), or failing that a 合计/拨款/支出/经费/收入 figure.
    /// </summary>
    private static (VarianceSubjectKind Kind, string Subject, Amount? Current)? TopicBefore(string paragraph,
        int offset, string subject)
    {
        var figures = Figure().Matches(paragraph[Math.Max(0,
            offset - Window)..offset]).Select(m => (Subject: Clean(m.Groups["subject"].Value),
            Amount: Wan(m.Groups["amount"].Value))).ToList();
        if (subject.Length > 0)
        {
            var same = figures.LastOrDefault(f => f.Subject.EndsWith(subject, StringComparison.Ordinal));
            return (TopicKind(subject)!.Value, subject, same.Subject is null ? null : same.Amount);
        }

        var topic = figures.LastOrDefault(f => f.Subject.Contains("总计", StringComparison.Ordinal));
        if (topic.Subject is null)
        {
            topic = figures.LastOrDefault(f => TopicWords.Any(w => f.Subject.Contains(w, StringComparison.Ordinal)));
        }

        return topic.Subject is null ? null : (TopicKind(topic.Subject)
            ?? VarianceSubjectKind.OtherFigure, topic.Subject, topic.Amount);
    }

    /// <summary>The numbered reason ("1、…", "2.…") a position falls in.</summary>
    private static string ItemAround(string paragraph, int offset)
    {
        var (start, end) = (Math.Max(0, offset - Window), Math.Min(paragraph.Length, offset + Window));
        var marks = Item().Matches(paragraph[start..end]).Select(m => start + m.Index).ToList();
        var from = marks.LastOrDefault(m => m <= offset, start);
        var to = marks.FirstOrDefault(m => m > offset, end);
        return paragraph[from..to];
    }

    /// <summary>
    /// How far around a clause its topic and its numbered reason are looked for: keeps a long line linear.
    /// </summary>
    private const int Window = 2000;

    private static VarianceSubjectKind? TopicKind(string subject) =>
        subject.Contains("三公", StringComparison.Ordinal) || subject.Contains("机关运行经费", StringComparison.Ordinal)
            ? VarianceSubjectKind.OtherFigure
        : subject.Contains("总计", StringComparison.Ordinal) ? VarianceSubjectKind.UnitTotal
        : subject.Contains("一般公共预算", StringComparison.Ordinal) || subject.Contains("财政拨款", StringComparison.Ordinal)
            ? VarianceSubjectKind.FundSource
        : null;

    private static string Clean(string subject) => Noise().Replace(subject, "").Trim('“', '”', ' ', '　');

    private static Amount Wan(string digits)
        => Amount.TenThousandYuan(decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal),
        CultureInfo.InvariantCulture));

    private sealed record Claim(VarianceSubjectKind SubjectKind, string Subject, VarianceDirection Direction,
        Amount Amount, VarianceReasonKind Kind, string Text, Amount? ImpliedPriorYear);

    [GeneratedRegex(@"(?<subject>[^，；：,;]{0,80}?)(?:较|比|与)?(?:上年度?|\d{4}年度?)?(?:相比)?(?:决算|预算数?)?"
        + @"(?<direction>增加|减少)了?(?<amount>\d[\d,]{0,20}(?:\.\d{1,6})?)万元")]
    private static partial Regex Change();

    [GeneratedRegex(@"新增(?<subject>[^，；\d]{1,80}?)(?<amount>\d[\d,]{0,20}(?:\.\d{1,6})?)万元")]
    private static partial Regex New();

    [GeneratedRegex(@"(?<subject>[^，；\d]{1,80}?)(?<amount>\d[\d,]{0,20}(?:\.\d{1,6})?)万元为一次性项目")]
    private static partial Regex OneOff();

    [GeneratedRegex(@"(?<subject>[\u4e00-\u9fa5“”]{2,20}?)(?<amount>\d[\d,]{0,20}(?:\.\d{1,6})?)万元")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?<![\d.])\d{1,2}[、.](?!\d)")]
    private static partial Regex Item();

    [GeneratedRegex(@"^(\d{1,2}[、.]|\d{4}年度?|年度?|其中|主要原因是|主要原因为|主要原因|与\d{4}年相比|与上年相比|本年|我单位|我中心|增加了|减少了)+"
        + @"|(较|比)(去年|上年度?|\d{4}年度?)$|\d{4}年$")]
    private static partial Regex Noise();
}
