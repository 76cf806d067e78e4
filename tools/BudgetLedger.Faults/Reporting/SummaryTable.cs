using BudgetLedger.Faults.Cases;

namespace BudgetLedger.Faults.Reporting;

/// <summary>One line per family and a total: cases, ok, crash, hang, wrong-change, unclear.</summary>
public static class SummaryTable
{
    public static void Print(TextWriter output, IReadOnlyList<(string Family, Tally Tally)> families)
    {
        var total = new Tally();
        output.WriteLine($"{"family",-20}{"cases",6}{"ok",6}{"crash",7}{"hang",6}{"wrong-change",14}{"unclear",9}");
        foreach (var (family, tally) in families)
        {
            Row(output, family, tally);
            total.Add(tally);
        }

        Row(output, "total", total);
    }

    private static void Row(TextWriter output, string name, Tally t) =>
        output.WriteLine($"{name,-20}{t.Cases,6}{t[Outcome.Ok],6}{t[Outcome.Crash],7}{t[Outcome.Hang],6}"
            + $"{t[Outcome.WrongChange],14}{t[Outcome.Unclear],9}");
}
