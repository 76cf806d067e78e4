namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A 基本支出 the prose states and the 人员经费 and 公用经费 it goes on to give as its parts ("基本支出105.58万元。
/// 其中：人员经费95.36万元，…；公用经费10.23万元"): the parts add up to it, within the half-units of the three
/// printed figures. Only where 人员经费 is the next figure stated and 公用经费 follows within three sentences, before
/// any other 基本支出 or 项目支出. A figure of the three found off its table is left to that finding.
/// </summary>
public static class BasicExpenditureParts
{
    public const string Rule = "text-text.basic-expenditure-parts";

    public static IEnumerable<Finding> Check(Prose prose, IReadOnlyList<StatedFigure> figures,
        IReadOnlySet<StatedFigure> misstated)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (whole, personnel) = (figures[i], figures[i + 1]);
            if (!whole.Subject.EndsWith("基本支出", StringComparison.Ordinal) || personnel.Subject != "人员经费"
                || figures.Skip(i + 2).TakeWhile(f => f.Clause.Sentence <= whole.Clause.Sentence + 3
                    && !f.Subject.EndsWith("基本支出", StringComparison.Ordinal)
                    && !f.Subject.EndsWith("项目支出", StringComparison.Ordinal))
                    .FirstOrDefault(f => f.Subject == "公用经费") is not { } operating)
            {
                continue;
            }

            var sum = personnel.Value + operating.Value;
            var half = whole.HalfUnit + personnel.HalfUnit + operating.HalfUnit;
            if (!new[] { whole, personnel, operating }.Any(misstated.Contains) && Math.Abs(sum - whole.Value) > half)
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", prose.LineAt(whole.Offset),
                    $"the notes' {whole.Subject} against the 人员经费 {personnel.Value} and 公用经费 {operating.Value} "
                        + "they give as its parts", Identity.Text(sum), Identity.Text(whole.Value), whole.Value - sum)
                    { RuleId = Rule };
            }
        }
    }
}
