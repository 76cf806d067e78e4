namespace BudgetLedger.Import.Importers;

/// <summary>
/// 收入总表, 支出总表 and 一般公共预算支出表 (不含上年结转), read together. Appropriations come from the
/// general-public-budget table; carryovers from the revenue summary's 上年结转, split into basic and project
/// by what the expenditure summary holds beyond the appropriation. Checked: each table's identities, and
/// 支出总表 = 一般公共预算支出表 + 上年结转, line by line.
/// </summary>
public sealed class BudgetClassTablesImporter : ITableImporter
{
    private static readonly string[] FundColumns = ["一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金"];
    private static readonly string[] KindColumns = ["基本支出", "项目支出"];

    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.RevenueSummary, TableKind.ExpenditureSummary,
        TableKind.GeneralPublicBudgetExpenditure];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        ClassTable? Read(TableKind kind) => tables.Where(t => t.Kind == kind)
            .Select(t => ClassTableReader.Read(document.File, t.Table, TableShapes.RequiredColumns(kind)))
            .SingleOrDefault();

        var revenue = Read(TableKind.RevenueSummary);
        var expenditure = Read(TableKind.ExpenditureSummary);
        var appropriation = Read(TableKind.GeneralPublicBudgetExpenditure);
        foreach (var table in new[] { revenue, expenditure, appropriation }.OfType<ClassTable>())
        {
            document.Report(ClassTableChecks.Check(table, table == revenue ? FundColumns : KindColumns));
        }

        if ((expenditure ?? revenue ?? appropriation) is { Rows.Count: > 0 } named)
        {
            document.Add(new FunctionalClassesNamed(document.UnitId, document.Header.Year,
                named.Rows.Select(r => r.Class!).ToList()), named.Source, named.Source.TitleLine, "names");
        }

        if (appropriation is not null)
        {
            Appropriations(document, appropriation);
            document.Report(RunningCostsPlacement.Check(appropriation));
        }

        if (revenue is not null)
        {
            RefuseOtherFundSources(document, revenue);
            if (expenditure is not null && appropriation is not null)
            {
                Carryovers(document, revenue, expenditure, appropriation);
            }
        }
    }

    private static void Appropriations(DocumentContext document, ClassTable table)
    {
        foreach (var row in table.Leaves)
        {
            foreach (var (column, kind) in new[] { ("基本支出", ExpenditureKind.BasicExpenditure),
                ("项目支出", ExpenditureKind.ProjectExpenditure) })
            {
                if (row[column] is { } value && value != 0m)
                {
                    document.Add(new BudgetAppropriated(document.UnitId, document.Header.Year, row.Class!,
                        FundSource.GeneralPublicBudget, kind, DocumentContext.AmountOf(table.Source, value)),
                        table.Source, row.Line, column);
                }
            }
        }
    }

    private static void RefuseOtherFundSources(DocumentContext document, ClassTable revenue)
    {
        foreach (var row in revenue.Leaves)
        {
            foreach (var column in FundColumns.Skip(1))
            {
                if (row[column] is { } value && value != 0m)
                {
                    throw document.Error(revenue.Source, row.Line,
                        $"{column} revenue ({value}) on {row.Class}"
                        + $": fund sources other than 一般公共预算 are not imported yet");
                }
            }
        }
    }

    private static void Carryovers(DocumentContext document, ClassTable revenue, ClassTable expenditure,
        ClassTable appropriation)
    {
        foreach (var row in revenue.Rows.Prepend(revenue.Total).OfType<ClassTableRow>())
        {
            var code = row.Class?.Code.Value;
            var spent = code is null ? expenditure.Total : expenditure.Row(code);
            var appropriated = code is null ? appropriation.Total : appropriation.Row(code);
            var label = row.Class?.ToString() ?? "合计";
            document.Report(Identity.Check(expenditure.Source.Title, spent?.Line ?? expenditure.Source.TitleLine,
                $"{label}: 支出总表 = 一般公共预算支出表 + 上年结转", Wan(expenditure, spent?["合计"]),
                [Wan(appropriation, appropriated?["合计"]), Wan(revenue, row["上年结转"])]));
        }

        foreach (var row in revenue.Leaves.Where(r => r["上年结转"] is > 0m))
        {
            var code = row.Class!.Code.Value;
            var split = KindColumns.Select(c => (Column: c, Value: Amount.TenThousandYuan(
                (Wan(expenditure, expenditure.Row(code)?[c]) ?? 0m) - (Wan(appropriation, appropriation.Row(code)?[c])
                    ?? 0m)))).Where(s => s.Value.Value != 0m).ToList();
            if (split.Sum(s => s.Value.Value) != Wan(revenue, row["上年结转"]))
            {
                // The tables disagree; the line-by-line check above has reported it. Record the carryover unsplit.
                split = [(Column: "", Value: DocumentContext.AmountOf(revenue.Source, row["上年结转"]!.Value))];
            }

            foreach (var (column, value) in split)
            {
                ExpenditureKind? kind = column switch
                {
                    "基本支出" => ExpenditureKind.BasicExpenditure, "项目支出" => ExpenditureKind.ProjectExpenditure, _ => null,
                };
                document.Add(new CarryoverBroughtForward(document.UnitId, document.Header.Year, row.Class,
                    FundSource.GeneralPublicBudget, kind, value), revenue.Source, row.Line, column);
            }
        }
    }

    /// <summary>A figure of a table in 万元, exactly: tables of one document may print 元 and 万元.</summary>
    private static decimal? Wan(ClassTable table, decimal? value) =>
        value is { } v && table.Source.Unit == AmountUnit.Yuan ? v / 10_000m : value;
}
