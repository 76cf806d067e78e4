namespace BudgetLedger.Domain.Units;

/// <summary>
/// A unit's body across renames: the unit and every id a chain of renames joins it to, in the order the renames
/// (given in log order) join them.
/// </summary>
public static class UnitLineage
{
    public static HashSet<string> Body(string unit, IReadOnlyList<(string Predecessor, string Successor)> renames)
    {
        var body = new HashSet<string>([unit], StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (a, b) in renames.Where(l => body.Contains(l.Predecessor) != body.Contains(l.Successor)))
            {
                grew |= body.Add(a) | body.Add(b);
            }
        }

        return body;
    }
}
