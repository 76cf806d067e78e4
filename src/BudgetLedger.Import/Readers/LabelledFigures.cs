namespace BudgetLedger.Import.Readers;

/// <summary>
/// The two-sided summary tables (收支总表, 财政拨款收支总表): revenue labels and figures on the left,
/// expenditure labels and figures on the right. Each side is read as label → figures.
/// </summary>
public sealed record LabelledFigures(RawTable Source, IReadOnlyList<LabelledRow> Left, IReadOnlyList<LabelledRow> Right)
{
    public LabelledRow? LeftRow(params string[] labels) => Left.FirstOrDefault(r => labels.Contains(r.Label));

    public LabelledRow? RightRow(params string[] labels) => Right.FirstOrDefault(r => labels.Contains(r.Label));

    /// <summary>
    /// Reads from the first line whose first or third cell is a numbered item ("一、…"). The left side is
    /// cells 0 (label) and 1 (figure); the right side is cell 2 (label) and the figures after it.
    /// </summary>
    public static LabelledFigures Read(string file, RawTable table)
    {
        table = WithoutRowNumbers(table);
        var start = table.Lines.ToList().FindIndex(l => Numbered(l[0]) || Numbered(l[2]));
        if (start < 0)
        {
            throw new ImportException(file, table.Title, table.TitleLine,
                "no numbered item (一、…) starts the figures of this summary table");
        }

        var width = table.Lines.Max(l => l.Cells.Count);
        var left = new List<LabelledRow>();
        var right = new List<LabelledRow>();
        foreach (var line in table.Lines.Skip(start))
        {
            if (line[0].Length > 0 || line[1].Length > 0)
            {
                left.Add(new LabelledRow(line.Number, Label(line[0]), [Figure(file, table, line, 1)])
                    { Numbered = Label(line[0]) != line[0].Replace(" ", "", StringComparison.Ordinal) });
            }

            if (line[2].Length > 0 || Enumerable.Range(3, Math.Max(0, width - 3)).Any(i => line[i].Length > 0))
            {
                right.Add(new LabelledRow(line.Number, Label(line[2]), Enumerable.Range(3, Math.Max(0, width - 3))
                    .Select(i => Figure(file, table, line, i)).ToList())
                    { Numbered = Label(line[2]) != line[2].Replace(" ", "", StringComparison.Ordinal) });
            }
        }

        var firstRight = table.Lines.Take(start).Select(l => l[3].Replace(" ", "", StringComparison.Ordinal))
            .LastOrDefault(c => c.Length > 0) ?? "";
        return new LabelledFigures(table, left, right)
        {
            RightColumnsAddUp = width > 4 && (firstRight.EndsWith("合计", StringComparison.Ordinal)
                || firstRight is "小计" or "总计"),
        };
    }

    /// <summary>The final accounts add 行次 (row number) columns and a 栏次 row; they carry no figures.</summary>
    private static RawTable WithoutRowNumbers(RawTable table)
    {
        var header = table.Lines.FirstOrDefault(l => l.Cells.Contains("行次"));
        if (header is null)
        {
            return table;
        }

        var drop = header.Cells.Select((c, i) => (c, i)).Where(x => x.c == "行次").Select(x => x.i).ToHashSet();
        var lines = table.Lines.Where(l => l[0] != "栏次")
            .Select(l => l with { Cells = l.Cells.Where((_, i) => !drop.Contains(i)).ToList() }).ToList();
        return table with { Lines = lines };
    }

    /// <summary>"八、社会保障和就业支出", "（八）社会保障和就业支出" → "社会保障和就业支出"; numbering differs between years.</summary>
    public static string Label(string cell) =>
        LabelNumbering().Replace(cell.Replace(" ", "", StringComparison.Ordinal), "");

    public static bool Numbered(string cell) => Numbering().IsMatch(cell) && cell.Length > 2;

    /// <summary>The expenditure side prints a 合计 column followed by its parts (一般公共预算, 政府性基金…).</summary>
    public bool RightColumnsAddUp { get; init; }

    /// <summary>Where the expenditure side's first column is the 合计 of the others: that, row by row.</summary>
    public IEnumerable<Finding?> RowSums() => RightColumnsAddUp
        ? Right.Where(r => r.Figures.Count > 1).Select(r => Identity.Check(Source.Title, r.Line,
            $"{r.Label}: 合计 = Σ its columns", r.Figures[0], r.Figures.Skip(1).ToList()))
        : [];

    /// <summary>The left side's grand total (收入总计, or 收入合计/总计/合计 where that is what the layout prints).</summary>
    public LabelledRow? RevenueTotal => LeftRow("收入总计") ?? LeftRow("总计") ?? LeftRow("收入合计") ?? LeftRow("合计");

    public LabelledRow? ExpenditureTotal =>
        RightRow("支出总计") ?? RightRow("总计") ?? RightRow("支出合计") ?? RightRow("合计");

    public LabelledRow? CurrentRevenue => LeftRow("本年收入合计", "本年收入", "本年收入小计");

    public LabelledRow? CurrentExpenditure => RightRow("本年支出合计", "本年支出", "本年支出小计");

    /// <summary>
    /// The expenditure categories: right-side items ending in 支出 that are not totals; where items are numbered, only
    /// the numbered ones (the rows under them are their parts).
    /// </summary>
    public IEnumerable<LabelledRow> Categories => Right.Where(r => r.Label.EndsWith("支出", StringComparison.Ordinal)
        && r != CurrentExpenditure && r != ExpenditureTotal && (r.Numbered || !Right.Any(n => n.Numbered
            && n.Label.EndsWith("支出", StringComparison.Ordinal) && n != CurrentExpenditure)));

    /// <summary>上年结转 (or 上年结余、结转, 上年结转结余…).</summary>
    public LabelledRow? Carryover => Left.FirstOrDefault(r => r.Label.StartsWith("上年结", StringComparison.Ordinal)
        || r.Label.StartsWith("上年财政拨款结转", StringComparison.Ordinal));

    private static decimal? Figure(string file, RawTable table, TextLine line, int index) =>
        AmountCell.Parse(line[index], rule => new ImportException(file, table.Title, line.Number,
            $"column {index + 1}: {rule}", line.Page));

    private static readonly System.Text.RegularExpressions.Regex NumberingPattern = new(@"^[一二三四五六七八九十]+、");

    private static readonly System.Text.RegularExpressions.Regex LabelNumberingPattern =
        new(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");

    private static System.Text.RegularExpressions.Regex LabelNumbering() => LabelNumberingPattern;

    private static System.Text.RegularExpressions.Regex Numbering() => NumberingPattern;
}
