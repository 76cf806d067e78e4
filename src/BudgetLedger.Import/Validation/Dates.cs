using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Validation;

/// <summary>Dates written as 2023年11月31日 must exist on the calendar.</summary>
public static partial class Dates
{
    public static IEnumerable<Finding> Check(RawTable table)
    {
        foreach (var line in table.Lines)
        {
            foreach (var text in line.Cells.Distinct())
            {
                foreach (Match m in Date().Matches(text))
                {
                    var (y, mo, d) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value),
                        int.Parse(m.Groups[3].Value));
                    if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
                    {
                        yield return new Finding(FindingSeverity.Inconsistency, table.Title, line.Number,
                            $"{m.Value} is not a date", "a day that exists", m.Value) { RuleId = "identity.date" };
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex Date();
}
