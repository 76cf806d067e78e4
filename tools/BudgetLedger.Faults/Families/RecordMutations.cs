using static BudgetLedger.Faults.Families.RecordMutation;

namespace BudgetLedger.Faults.Families;

/// <summary>Each field of a record file of the wrong JSON type or a bad value; files that are not JSON.</summary>
public static class RecordMutations
{
    private const string Entry = "entries[0]";

    public static IEnumerable<RecordMutation> All()
    {
        var tooLong = $"\"{new string('a', 82)}\"";
        foreach (var value in new[] { "{}", "[]", "5", "null", "\"\"", "\"Not A Slug!\"", tooLong })
        {
            yield return Set($"{Entry}.id", value);
        }

        foreach (var value in new[] { "[]", "{}", "\"bogus\"", "null", "7" })
        {
            yield return Set($"{Entry}.type", value);
        }

        foreach (var value in new[] { "{}", "5", "null", "[]", "\"\"" })
        {
            yield return Set("recordedBy", value);
        }

        foreach (var value in new[] { "\"abc\"", "1e12", "-1", "1.5", "99999999999999999999" })
        {
            yield return Set($"{Entry}.basis.line", value);
        }

        yield return Set($"{Entry}.basis", "{}");
        yield return Set($"{Entry}.basis", "\"a sentence\"");
        yield return Set($"{Entry}.basis.quote", "5");
        yield return Set($"{Entry}.basis.document", "{}");
        yield return Set($"{Entry}.basis.document", "\"no-such-document.txt\"");
        foreach (var value in new[]
                 {
                     "7.9e28", "\"79000000000000000000000000000\"", "-1", "\"-1\"", "\"abc\"", "1e-30",
                     "\"0.000000000000000000000000001\"",
                     "0", "{}", "null", "\"NaN\"", "\"Infinity\"",
                 })
        {
            yield return Set($"{Entry}.amount", value);
        }

        foreach (var value in new[] { "0", "-1", "99999", "\"2022\"", "2022.5", "1e12" })
        {
            yield return Set($"{Entry}.year", value);
        }

        foreach (var value in new[] { "\"999999\"", "209105", "{}", "\"\"" })
        {
            yield return Set($"{Entry}.unit", value);
        }

        yield return Set($"{Entry}.class", "\"abc\"");
        yield return Set($"{Entry}.kind", "\"sideways\"");
        foreach (var field in new[] { "id", "type", "basis", "unit", "year", "amount", "kind", "class" })
        {
            yield return Remove($"{Entry}.{field}");
        }

        yield return Remove("entries");
        yield return Remove("recordedBy");
        yield return Set("entries", "{}");
        yield return Set("entries", "[]");
        yield return Set("entries", "[5]");
        yield return Set("entries", "[[]]");
        foreach (var mutation in Transfers())
        {
            yield return mutation with { Name = "transfer: " + mutation.Name };
        }

        foreach (var mutation in Files())
        {
            yield return mutation;
        }
    }

    private static IEnumerable<RecordMutation> Transfers()
    {
        var transfer = RecordFileBases.Transfer;
        yield return Set($"{Entry}.lines[0].amount", "\"79000000000000000000000000000\"", transfer);
        yield return Set($"{Entry}.lines[0].amount", "7.9e28", transfer);
        yield return Set($"{Entry}.lines[0].amount", "-1", transfer);
        yield return Set($"{Entry}.lines[0].class", "\"abc\"", transfer);
        yield return Set($"{Entry}.lines", "\"all of them\"", transfer);
        yield return Set($"{Entry}.lines", "[{}]", transfer);
        yield return Set($"{Entry}.to", "\"209105\"", transfer);
        yield return Set($"{Entry}.to", "[\"209100\"]", transfer);
    }

    private static IEnumerable<RecordMutation> Files()
    {
        yield return Whole("a file that is not JSON", "recordedBy: me\nentries: a transfer\n");
        yield return Whole("an empty file", "");
        yield return Whole("a JSON array", RecordFileBases.Adjustment()["entries"]!.ToString());
        yield return Whole("JSON null", "null");
        yield return Whole("a JSON string", "\"fault-adjustment\"");
        yield return Whole("arrays nested 100,000 deep", new string('[', 100_000) + new string(']', 100_000));
        yield return Whole("an entry's basis nested 20,000 deep", NestedBasis(20_000));
        yield return Whole("control characters and binary noise",
            string.Concat(Enumerable.Range(0, 512).Select(i => (char)(i * 37 % 256))));
    }

    /// <summary>The adjustment file with its basis object wrapped in depth objects {"a": …}.</summary>
    private static string NestedBasis(int depth)
    {
        var file = RecordFileBases.Adjustment();
        var basis = file.SelectToken("entries[0].basis")!.ToString(Newtonsoft.Json.Formatting.None);
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + basis + new string('}', depth);
        return file.ToString(Newtonsoft.Json.Formatting.None).Replace(basis, nested, StringComparison.Ordinal);
    }
}
