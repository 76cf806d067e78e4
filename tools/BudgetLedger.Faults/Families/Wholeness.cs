namespace BudgetLedger.Faults.Families;

/// <summary>
/// A ledger after a kill holds whole documents or none of one: each document-* stream has all the events a
/// clean import gives it or is absent, and the record file's record-* streams are all there or none.
/// </summary>
public static class Wholeness
{
    public static string? Problem(IReadOnlyDictionary<string, int> found, IReadOnlyDictionary<string, int> clean)
    {
        if (found.Keys.FirstOrDefault(s => !clean.ContainsKey(s)) is { } stranger)
        {
            return $"stream {stranger} is not in a clean import";
        }

        if (found.FirstOrDefault(s => s.Value != clean[s.Key]) is { Key: not null } partial)
        {
            return $"{Short(partial.Key)} holds {partial.Value} of its {clean[partial.Key]} events";
        }

        var records = clean.Keys.Where(s => s.StartsWith("record-", StringComparison.Ordinal)).ToList();
        var present = records.Count(found.ContainsKey);
        return present is 0 || present == records.Count ? null
            : $"{present} of the record file's {records.Count} entries are in the ledger (a record file goes in whole)";
    }

    /// <summary>Every event count a ledger of whole documents (and a whole record file, or none) can have.</summary>
    public static IReadOnlySet<int> PossibleCounts(IReadOnlyDictionary<string, int> clean)
    {
        var parts = clean.Where(s => !s.Key.StartsWith("record-", StringComparison.Ordinal)).Select(s => s.Value)
            .Append(clean.Where(s => s.Key.StartsWith("record-", StringComparison.Ordinal)).Sum(s => s.Value));
        return parts.Aggregate(new HashSet<int> { 0 },
            (sums, part) => sums.Concat(sums.Select(s => s + part)).ToHashSet());
    }

    private static string Short(string stream) => stream.Length > 24 ? stream[..24] + "…" : stream;
}
