using Newtonsoft.Json.Linq;

namespace BudgetLedger.Faults.Fixtures;

/// <summary>How many events each stream holds, read from `log --format jsonl`.</summary>
public static class StreamCounts
{
    public static IReadOnlyDictionary<string, int> Parse(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JObject.Parse(line).Value<string>("stream")!)
            .GroupBy(stream => stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
