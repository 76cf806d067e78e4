using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Trace;

namespace BudgetLedger.Reporting.Page.Sections;

/// <summary>Each of the unit's projects year by year, with the chain of events behind it.</summary>
internal static class TraceSection
{
    public static string Write(IReadOnlyList<TraceView> traces) =>
        Section.Write("trace", "项目追溯", traces.Select(t => Section.Part(t.Subject, TraceReport.Build(t))),
            "账本中无该单位的项目");
}
