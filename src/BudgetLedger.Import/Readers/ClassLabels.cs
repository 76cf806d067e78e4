using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Readers;

/// <summary>
/// How a table prints each row's functional class: a code column and a name column ("2080107 | 名称"), the code in
/// brackets before the name ("[2080107]名称"), code and name in one cell ("2080107 名称"), or 类, 款 and 项 in
/// separate columns ("208 | 05 | 01", a part left blank where it repeats the row above).
/// </summary>
public abstract partial record ClassLabels(int FirstAmountColumn)
{
    public abstract FunctionalClass? Parse(TextLine line);

    /// <summary>The label of a 合计 row ("合计" where the name or code goes).</summary>
    public abstract bool IsTotal(TextLine line);

    public static ClassLabels? Of(IReadOnlyList<TextLine> lines)
    {
        var split = lines.Select(l => l.Cells.ToList()).Select(c => c.IndexOf("类")).Select((at, i) => (at, i))
            .FirstOrDefault(x => x.at >= 0 && lines[x.i][x.at + 1] == "款" && lines[x.i][x.at + 2] == "项");
        if (split.at >= 0 && lines.Count > 0 && lines[split.i][split.at] == "类")
        {
            return new SplitCodes(split.at);
        }

        ClassLabels[] forms = [new CodeAndName(), new InOneCell()];
        return forms.FirstOrDefault(f => lines.Any(l => f.Parse(l) is not null));
    }

    private sealed record CodeAndName() : ClassLabels(2)
    {
        public override FunctionalClass? Parse(TextLine line) =>
            line[0].Length > 0 ? ClassCell.Parse(line[0], line[1]) : ClassCell.Parse("", line[1]);

        public override bool IsTotal(TextLine line) => line[0] == "合计" || (line[0].Length == 0 && line[1] == "合计");
    }

    private sealed partial record InOneCell() : ClassLabels(1)
    {
        public override FunctionalClass? Parse(TextLine line)
        {
            if (ClassCell.Parse("", line[0]) is { } bracketed)
            {
                return bracketed;
            }

            var m = Joined().Match(line[0]);
            return m.Success ? ClassCell.Parse(m.Groups[1].Value, m.Groups[2].Value) : null;
        }

        public override bool IsTotal(TextLine line) => line[0] == "合计";

        [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})\s+(\S.*)$")]
        private static partial Regex Joined();
    }

    private sealed record SplitCodes(int At) : ClassLabels(At + 4)
    {
        private string _category = "";
        private string _section = "";

        public override FunctionalClass? Parse(TextLine line)
        {
            var (category, section, item) = (line[At], line[At + 1], line[At + 2]);
            if (category.Length == 0 && section.Length == 0 && item.Length == 0)
            {
                return null;
            }

            _category = category.Length > 0 ? category : _category;
            _section = category.Length > 0 ? section : section.Length > 0 ? section : _section;
            var code = _category + (section.Length > 0 || item.Length > 0 ? _section : "") + item;
            return ClassCell.Parse(code, line[At + 3]);
        }

        public override bool IsTotal(TextLine line) =>
            Enumerable.Range(At, 4).Any(i => line[i] == "合计");
    }
}
