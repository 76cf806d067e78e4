namespace BudgetLedger.Import.Importers;

/// <summary>
/// 一般公共预算财政拨款基本支出决算表 (the 2024 national template's table in place of 公开06): blocks of (经济分类科目
/// 编码, 科目名称, 决算数) side by side, every figure basic expenditure. 工资福利支出 and 对个人和家庭的补助 are 人员经费, the
/// other classes 公用经费. Checked: each class = Σ its items, and 人员经费合计 / 公用经费合计 = Σ their classes.
/// </summary>
public sealed class FinalAccountsBasicExpenditureImporter : ITableImporter
{
    private static readonly string[] PersonnelClasses = ["301", "303"];

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.FinalAccountsBasicExpenditure];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var entries = Read(document, table);
            if (entries.Count == 0)
            {
                if (table.DeclaredEmpty)
                {
                    continue;
                }

                throw document.Error(table, null, "no economic class code (301, 30101…) starts any row");
            }

            Check(document, table, entries);
            foreach (var e in entries.Where(e => !e.Class.Code.IsClass && e.Amount is not null))
            {
                var amount = new Amount(e.Amount!.Value, table.Unit ?? AmountUnit.TenThousandYuan);
                document.Add(new EconomicExpenditureExecuted(document.UnitId, document.Header.Year, e.Class,
                    e.Component, amount, amount), table, e.Line, e.Class.Code.Value);
            }
        }
    }

    private static List<Entry> Read(DocumentContext document, RawTable table)
    {
        var entries = new List<Entry>();
        foreach (var (line, column, code, name, figures) in CodeBlocks.Entries(table.Lines))
        {
            if (!EconomicClassCode.TryParse(code, out var parsed))
            {
                throw document.Error(table, line.Number,
                    $"column {column + 1}: '{code}' is not an economic class code");
            }

            var filled = figures.Where(f => f.Length > 0).ToList();
            if (filled.Count > 1)
            {
                throw document.Error(table, line.Number, $"{code} {name}: {filled.Count} figures where the table "
                    + "prints one (决算数)");
            }

            var amount = AmountCell.Parse(filled.FirstOrDefault() ?? "", r => document.Error(table, line.Number,
                $"{code} {name}: {r}"));
            var component = PersonnelClasses.Contains(code[..3]) ? BasicExpenditureComponent.PersonnelCosts
                : BasicExpenditureComponent.OperatingCosts;
            entries.Add(new Entry(line.Number, new EconomicClass(parsed, name), component, amount));
        }

        return entries;
    }

    private static void Check(DocumentContext document, RawTable table, List<Entry> entries)
    {
        foreach (var cls in entries.Where(e => e.Class.Code.IsClass))
        {
            var items = entries.Where(e => e.Class.Code.Parent == cls.Class.Code).Select(i => i.Amount).ToList();
            document.Report(Identity.Check(table.Title, cls.Line, $"{cls.Class} = Σ its items", cls.Amount, items));
        }

        foreach (var (label, component) in new[] { ("人员经费", BasicExpenditureComponent.PersonnelCosts),
            ("公用经费", BasicExpenditureComponent.OperatingCosts) })
        {
            var (line, total) = Total(document, table, label);
            var classes = entries.Where(e => e.Class.Code.IsClass && e.Component == component).ToList();
            document.Report(Identity.Check(table.Title, line, $"{label}合计 = Σ its classes", total,
                classes.Select(c => c.Amount).ToList()));
        }
    }

    /// <summary>The figure printed after the "人员经费合计" / "公用经费合计" label.</summary>
    private static (int Line, decimal? Total) Total(DocumentContext document, RawTable table, string label)
    {
        foreach (var line in table.Lines)
        {
            var at = line.Cells.ToList().FindIndex(c => c.Replace(" ", "", StringComparison.Ordinal)
                .StartsWith(label, StringComparison.Ordinal));
            if (at >= 0)
            {
                var figure = line.Cells.Skip(at + 1).FirstOrDefault(c => c.Length > 0) ?? "";
                return (line.Number, AmountCell.Parse(figure,
                    r => document.Error(table, line.Number, $"{label}合计: {r}")));
            }
        }

        throw document.Error(table, null, $"no {label}合计 row");
    }

    private sealed record Entry(int Line, EconomicClass Class, BasicExpenditureComponent Component, decimal? Amount);
}
