namespace BudgetLedger.Import.Narrative;

/// <summary>
/// Each stated figure whose subject maps to one table figure, compared: equal when the table's figure rounds to
/// the printed one; within the half-units of both a 尾差 (none against a sum of several table terms, whose own 尾差
/// the table's checks report); beyond, a finding. Each finding comes with the figure it is of.
/// </summary>
public static class TableFigureChecks
{
    public static IEnumerable<(StatedFigure Figure, Finding Finding)> Check(Prose prose,
        IReadOnlyList<StatedFigure> figures, IReadOnlyList<IBudgetEvent> events, DocumentKind kind)
    {
        var tables = new TableFigures(events, kind);
        foreach (var figure in figures)
        {
            if (tables.For(figure.Subject) is not { } table || OfAPart(prose, figure, table)
                || Math.Round(table.Value, figure.Decimals, MidpointRounding.AwayFromZero) == figure.Value)
            {
                continue;
            }

            var difference = figure.Value - table.Value;
            var rounding = Math.Abs(difference) <= figure.HalfUnit + table.Tolerance;
            if (rounding && table.Terms > 1)
            {
                continue;
            }

            yield return (figure, new Finding(
                rounding ? FindingSeverity.RoundingDifference : FindingSeverity.Inconsistency, "情况说明",
                prose.LineAt(figure.Offset), $"the notes' {figure.Subject} against {table.Description}",
                Identity.Text(table.Value), Identity.Text(figure.Value), difference) { RuleId = table.RuleId });
        }
    }

    /// <summary>
    /// A 类 named in a sentence about 基本支出 or 项目支出 ("项目支出预算270.00万元，其中：教育支出270.00万元") is
    /// that part's share of the class, not the class; 项目支出 in a sentence about 绩效 is the evaluated projects'.
    /// </summary>
    private static bool OfAPart(Prose prose, StatedFigure figure, TableFigure table)
    {
        var start = prose.Text.LastIndexOf('。', figure.Offset) + 1;
        var sentence = prose.Text[start..figure.Offset];
        return table.RuleId switch
        {
            FunctionalCategories.Rule => sentence.Contains("基本支出", StringComparison.Ordinal)
                || sentence.Contains("项目支出", StringComparison.Ordinal),
            ExpenditureKinds.Rule => sentence.Contains("绩效", StringComparison.Ordinal),
            _ => false,
        };
    }
}
