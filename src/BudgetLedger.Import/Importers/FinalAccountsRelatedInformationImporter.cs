namespace BudgetLedger.Import.Importers;

/// <summary>
/// 部门决算公开相关信息统计表 (公开10): 一、政府采购 (合计, 货物, 工程, 服务), 二、机关运行经费, 三、国有资产
/// 占用 (vehicle counts, equipment over 100万元). Rows are label, 行次, figure.
/// </summary>
public sealed class FinalAccountsRelatedInformationImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.FinalAccountsRelatedInformation];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            var sections = Sections(table);
            decimal? Value(TextLine l) =>
                AmountCell.Parse(l[2], r => document.Error(table, l.Number, $"column 3: {r}"));

            if (sections.TryGetValue("政府采购", out var procurement))
            {
                decimal? Row(string label) => procurement.Where(l => l[0] == label).Select(Value).FirstOrDefault();
                var total = procurement.FirstOrDefault(l => l[0] == "合计")
                    ?? throw document.Error(table, null, "政府采购 has no 合计 row");
                document.Report(Identity.Check(table.Title, total.Number, "政府采购 合计 = 货物 + 工程 + 服务", Value(total),
                    [Row("货物"), Row("工程"), Row("服务")]));
                document.Add(new GovernmentProcurementStated(document.UnitId, document.Header.Year, Basis.Actual,
                    Wan(Row("货物")), Wan(Row("工程")), Wan(Row("服务"))), table, total.Number);
            }

            if (sections.TryGetValue("机关运行经费", out var agency) && agency.Select(Value).Any(v => v is not null))
            {
                var amount = agency.Sum(l => Value(l) ?? 0m);
                document.Add(new AgencyOperatingCostsStated(document.UnitId, document.Header.Year, Basis.Actual,
                    Amount.TenThousandYuan(amount)), table, agency[0].Number);
            }

            if (sections.TryGetValue("国有资产占用情况", out var assets))
            {
                foreach (var line in assets.Where(l => Value(l) is not null))
                {
                    document.Add(new AssetsStated(document.UnitId, document.Header.Year, line[0], Value(line), null),
                        table, line.Number);
                }

                var vehicles = assets.FirstOrDefault(l => l[0].Contains("车辆数合计", StringComparison.Ordinal));
                if (vehicles is not null)
                {
                    var kinds = assets.Where(l => l.Number > vehicles.Number
                        && char.IsAsciiDigit(l[0].FirstOrDefault())).ToList();
                    document.Report(Identity.Check(table.Title, vehicles.Number, "车辆数合计 = Σ vehicle kinds",
                        Value(vehicles), kinds.Select(Value).ToList()));
                }
            }
        }
    }

    private static Amount Wan(decimal? value) => Amount.TenThousandYuan(value ?? 0m);

    /// <summary>"一、政府采购情况" → "政府采购", with the figure rows under it (header rows dropped).</summary>
    private static Dictionary<string, List<TextLine>> Sections(RawTable table)
    {
        var sections = new Dictionary<string, List<TextLine>>(StringComparer.Ordinal);
        List<TextLine>? current = null;
        foreach (var line in table.Lines)
        {
            if (Readers.LabelledFigures.Numbered(line[0]))
            {
                var name = Readers.LabelledFigures.Label(line[0]);
                name = name.EndsWith("情况", StringComparison.Ordinal) && name != "国有资产占用情况" ? name[..^2] : name;
                current = sections[name] = [];
            }
            else if (current is not null && line[0] != "项目")
            {
                current.Add(line);
            }
        }

        return sections;
    }
}
