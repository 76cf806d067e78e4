namespace BudgetLedger.Import.Validation;

/// <summary>
/// The identities of a functional-class table: every parent row equals the sum of its child rows, 合计
/// equals the sum of the 类 rows, column by column; and in each row 合计 equals the sum of its parts.
/// </summary>
public static class ClassTableChecks
{
    public static IEnumerable<Finding> Check(ClassTable table, IReadOnlyList<string> partColumns)
    {
        var title = table.Source.Title;
        foreach (var column in table.Columns.Where(c => c.Length > 0))
        {
            foreach (var parent in table.Rows)
            {
                var children = table.ChildrenOf(parent.Class!.Code).ToList();
                if (children.Count > 0
                    && Identity.Check(title, parent.Line, $"{parent.Class} = Σ its children, column {column}",
                        parent[column], children.Select(c => c[column]).ToList()) is { } f)
                {
                    yield return f;
                }
            }

            if (table.Total is { } total
                && Identity.Check(title, total.Line, $"合计 = Σ 类 rows, column {column}", total[column],
                    table.Categories.Select(c => c[column]).ToList()) is { } t)
            {
                yield return t;
            }
        }

        var parts = partColumns.Where(table.Columns.Contains).ToList();
        if (parts.Count == 0)
        {
            yield break;
        }

        foreach (var row in table.Rows.Prepend(table.Total).OfType<ClassTableRow>())
        {
            var label = row.Class?.ToString() ?? "合计";
            if (Identity.Check(title, row.Line, $"{label}: 合计 = {string.Join(" + ", parts)}", row["合计"],
                parts.Select(p => row[p]).ToList()) is { } f)
            {
                yield return f;
            }
        }
    }
}
