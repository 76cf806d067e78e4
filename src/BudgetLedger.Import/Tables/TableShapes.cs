namespace BudgetLedger.Import.Tables;

/// <summary>
/// Whether a table's body has the shape its title promises, so its reader can take it: a title alone does not
/// decide (a "收入总体情况表" may list units where the national table lists functional classes). A table whose
/// shape does not fit is kept as printed, with the reason.
/// </summary>
public static class TableShapes
{
    public static string? Misfit(TableKind kind, RawTable table) => kind switch
    {
        TableKind.RevenueSummary or TableKind.ExpenditureSummary or TableKind.GeneralPublicBudgetExpenditure
            or TableKind.FinalAccountsGeneralPublicBudgetExpenditure => ClassRows(kind, table),
        TableKind.BudgetSummary or TableKind.FiscalAppropriationSummary or TableKind.FinalAccountsSummary
            or TableKind.FinalAccountsFiscalAppropriationSummary => TwoSided(table),
        TableKind.BasicExpenditureByEconomicClass => EconomicRows(table),
        TableKind.GovernmentFundRevenue or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalBudget
            or TableKind.FinalAccountsGovernmentFund or TableKind.FinalAccountsStateCapital => Empty(table),
        TableKind.ThreePublicExpenses => ThreePublic(table),
        TableKind.AgencyOperatingCosts => table.Lines.Any(l => CodeBlocks.IsCode(l[0])) ? "its rows are economic "
            + "classes, where its reader takes the units' rows and 部门合计" : null,
        TableKind.PerformanceTargets => table.Lines.Any(l => l[0] == "项目名称" && l.NonEmptyCells.Count > 1) ? null
            : "no 项目名称 row with the project's name beside it: not one project's targets in a known layout",
        TableKind.FinalAccountsBasicExpenditure => CodeBlocks.CodeColumns(table.Lines).Count > 0 && table.Lines.Any(l
            => l.Cells.Any(c => c.StartsWith("公用经费", StringComparison.Ordinal))) || table.DeclaredEmpty ? null
            : "its rows are not blocks of (economic class code, name, figure) with 人员经费合计 and 公用经费合计",
        _ => null,
    };

    /// <summary>Government-fund and state-capital tables are read only when they state nothing (blank or 0).</summary>
    private static string? Empty(RawTable table) =>
        table.Lines.Where(l => !ColumnNames.IsNumbering(l)).SelectMany(l => l.Cells).SelectMany(c => c.Split(' '))
            .Any(c => AmountCell.TryParse(c, out var v) && v is not null and not 0m && !CodeBlocks.IsCode(c))
            ? "it states figures, and government-fund and state-capital figures are not read into typed events yet"
            : null;

    private static string? ThreePublic(RawTable table) =>
        ThreePublicExpensesShape.Of(table) is null && !table.DeclaredEmpty
            ? "its rows are neither the 三公 items (因公出国（境）费, 公务用车…, 公务接待费) nor one row of twelve "
                + "figures (budget and actual)"
            : null;

    /// <summary>The figure columns a class table's reader needs.</summary>
    public static IReadOnlyList<string> RequiredColumns(TableKind kind) =>
        kind == TableKind.RevenueSummary ? ["合计", "一般公共预算"] : ["合计", "基本支出", "项目支出"];

    private static string? ClassRows(TableKind kind, RawTable table)
    {
        if (table.DeclaredEmpty)
        {
            return null;
        }

        if (ClassLabels.Of(table.Lines) is null)
        {
            return "its rows are not functional classes: no row starts with a class code (201, 20101, [2010101]…)";
        }

        return ClassTableReader.MissingColumn(table, RequiredColumns(kind)) is { } missing
            ? $"its header names no {missing} column" : null;
    }

    private static string? TwoSided(RawTable table)
    {
        if (!table.Lines.Any(l => LabelledFigures.Numbered(l[0]) || LabelledFigures.Numbered(l[2])))
        {
            return "it is not two-sided (revenue items, then expenditure items): no numbered item (一、…) in its "
                + "first or third column";
        }

        try
        {
            var figures = LabelledFigures.Read("", table);
            return figures.RevenueTotal is null || figures.ExpenditureTotal is null
                ? "it prints no 收入总计 and 支出总计 rows (nor 收入合计 and 支出合计)" : null;
        }
        catch (ImportException e)
        {
            return $"its cells do not read as labels with figures beside them (line {e.Line}: {e.Rule})";
        }
    }

    private static string? EconomicRows(RawTable table) =>
        table.Lines.Any(l => l[0] == "合计")
            && table.Lines.SkipWhile(l => l[0] != "合计").Skip(1).All(l => EconomicCell.Parse(l[0]) is not null)
            ? null
            : "its rows are not economic classes under a 合计 row (工资福利支出, [30101]基本工资…)";
}
