namespace BudgetLedger.Import.Importers;

/// <summary>
/// 一般公共预算财政拨款支出决算明细表 (公开06): four blocks of (科目编码, 科目名称, 金额, 其中：基本支出) side
/// by side; the first block is 人员经费, the other three 公用经费. Checked: each class = Σ its items, and
/// 人员经费合计 / 公用经费合计 = Σ their classes.
/// </summary>
public sealed class FinalAccountsDetailImporter : ITableImporter
{
    private const int BlockWidth = 4;

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.FinalAccountsGeneralPublicBudgetDetail];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var entries = new List<Entry>();
            TextLine? totals = null;
            foreach (var line in table.Lines)
            {
                if (line[0].StartsWith("人员经费合计", StringComparison.Ordinal))
                {
                    totals = line;
                    continue;
                }

                for (var block = 0; block < 4; block++)
                {
                    var at = block * BlockWidth;
                    if (!EconomicClassCode.TryParse(line[at], out var code))
                    {
                        continue;
                    }

                    decimal? Figure(int i) =>
                        AmountCell.Parse(line[at + i],
                            r => document.Error(table, line.Number, $"column {at + i + 1}: {r}"));
                    var component = block == 0 ? BasicExpenditureComponent.PersonnelCosts
                        : BasicExpenditureComponent.OperatingCosts;
                    entries.Add(new Entry(line.Number, new EconomicClass(code, line[at + 1]), component,
                        Figure(2), Figure(3)));
                }
            }

            if (entries.Count == 0)
            {
                throw document.Error(table, null, "no economic class code in any block");
            }

            Check(document, table, entries, totals);
            foreach (var e in entries.Where(e => !e.Class.Code.IsClass
                && (e.Amount is not null || e.Basic is not null)))
            {
                Amount? A(decimal? v) => v is { } x ? DocumentContext.AmountOf(table, x) : null;
                document.Add(new EconomicExpenditureExecuted(document.UnitId, document.Header.Year, e.Class,
                    e.Component, A(e.Amount), A(e.Basic)), table, e.Line, e.Class.Code.Value);
            }
        }
    }

    private static void Check(DocumentContext document, RawTable table, List<Entry> entries, TextLine? totals)
    {
        foreach (var cls in entries.Where(e => e.Class.Code.IsClass))
        {
            var items = entries.Where(e => e.Class.Code.Parent == cls.Class.Code).ToList();
            document.Report(Identity.Check(table.Title, cls.Line, $"{cls.Class} = Σ its items, 金额", cls.Amount,
                items.Select(i => i.Amount).ToList()));
            document.Report(Identity.Check(table.Title, cls.Line, $"{cls.Class} = Σ its items, 其中：基本支出", cls.Basic,
                items.Select(i => i.Basic).ToList()));
        }

        if (totals is null)
        {
            throw document.Error(table, null, "no 人员经费合计 / 公用经费合计 row");
        }

        var figures = totals.NonEmptyCells.Where(c => AmountCell.TryParse(c, out var v) && v is not null)
            .Select(c => AmountCell.Parse(c, _ => new FormatException())).ToList();
        if (figures.Count != 4)
        {
            throw document.Error(table, totals.Number,
                $"the totals row has {figures.Count} figures where 4 (人员经费 金额, 基本; 公用经费 金额, 基本) were expected");
        }

        foreach (var (component, amount, basic) in new[]
        {
            (BasicExpenditureComponent.PersonnelCosts, figures[0], figures[1]),
            (BasicExpenditureComponent.OperatingCosts, figures[2], figures[3]),
        })
        {
            var classes = entries.Where(e => e.Class.Code.IsClass && e.Component == component).ToList();
            document.Report(Identity.Check(table.Title, totals.Number, $"{component} 合计 = Σ classes, 金额", amount,
                classes.Select(c => c.Amount).ToList()));
            document.Report(Identity.Check(table.Title, totals.Number, $"{component} 合计 = Σ classes, 其中：基本支出", basic,
                classes.Select(c => c.Basic).ToList()));
        }
    }

    private sealed record Entry(
        int Line,
        EconomicClass Class,
        BasicExpenditureComponent Component,
        decimal? Amount,
        decimal? Basic);
}
