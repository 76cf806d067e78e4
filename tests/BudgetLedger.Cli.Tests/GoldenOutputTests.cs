using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests;

/// <summary>
/// The JSON of report, variance and trace over the seeds, as the ledger answered before the reports moved to their
/// own part. The answers may gain fields; every field recorded here must come back with the same value.
/// Set BUDGET_LEDGER_WRITE_GOLDEN=1 to record them again after a deliberate change of output.
/// </summary>
public sealed class GoldenOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden");

    private string Store => Path.Combine(_folder.Path, "ledger.db");

    public static TheoryData<string, string[]> Queries() => new()
    {
        { "report-budget-209105-2022", ["report", "budget", "--unit", "209105", "--year", "2022"] },
        { "report-budget-data-centre-2026", ["report", "budget", "--unit", "数据中心", "--year", "2026"] },
        { "report-budget-xinzhou-insurance-2023", ["report", "budget", "--unit", "忻州市社会保险中心", "--year", "2023"] },
        { "report-budget-xinzhou-card-2023", ["report", "budget", "--unit", "忻州市社会保障卡服务中心", "--year", "2023"] },
        { "report-final-209100-2022", ["report", "final-accounts", "--unit", "209100", "--year", "2022"] },
        { "report-published-209100-2022", ["report", "published", "--unit", "209100", "--year", "2022"] },
        { "report-published-data-centre-2026", ["report", "published", "--unit", "数据中心", "--year", "2026"] },
        { "report-findings-209100-2022", ["report", "findings", "--unit", "209100", "--year", "2022"] },
        { "report-budget-209105-2022-as-of-100", ["report", "budget", "--unit", "209105", "--year", "2022",
            "--as-of", "100"] },
        { "variance-209105-2022-2026", ["variance", "--unit", "209105", "--from", "2022", "--to", "2026"] },
        { "variance-data-centre-2025-2026", ["variance", "--unit", "数据中心", "--from", "2025", "--to", "2026"] },
        { "variance-209100-2025-2026", ["variance", "--unit", "209100", "--from", "2025", "--to", "2026"] },
        { "variance-xinzhou-insurance-2022-2023", ["variance", "--unit", "忻州市社会保险中心", "--from", "2022",
            "--to", "2023"] },
        { "variance-209105-2022-2026-as-of-320", ["variance", "--unit", "209105", "--from", "2022", "--to", "2026",
            "--as-of", "320"] },
        { "trace-project-handling-fee", ["trace", "--project", "工伤保险业务经办费", "--from", "2022", "--to", "2026"] },
        { "trace-project-handling-fee-209105", ["trace", "--project", "工伤保险业务经办费", "--unit", "209105",
            "--from", "2022", "--to", "2026"] },
        { "trace-project-archive-rent", ["trace", "--project", "工伤档案用房租赁费", "--from", "2022", "--to", "2026"] },
        { "trace-line-209100-2080107", ["trace", "--unit", "209100", "--line", "2080107", "--from", "2022",
            "--to", "2026"] },
        { "trace-line-209105-208", ["trace", "--unit", "209105", "--line", "208", "--from", "2022", "--to", "2026"] },
        { "trace-line-xinzhou-20801", ["trace", "--unit", "忻州市社会保险中心", "--line", "20801", "--from", "2022",
            "--to", "2023"] },
        { "trace-project-handling-fee-as-of-310", ["trace", "--project", "工伤保险业务经办费", "--from", "2022",
            "--to", "2026", "--as-of", "310"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_answer_holds_every_field_it_gave_before(string name, string[] query)
    {
        (await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store)).ExitCode.Should().Be(0);

        var result = await CliRun.Invoke([.. query, "--store", Store, "--format", "json"]);

        result.ExitCode.Should().Be(0, result.Error);
        var path = Path.Combine(Folder, name + ".json");
        if (Environment.GetEnvironmentVariable("BUDGET_LEDGER_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, result.Output);
        }

        var expected = Parse(File.ReadAllText(path));
        var actual = Parse(result.Output);
        Contained(expected, actual, "$").Should().BeEmpty();
    }

    private static JToken Parse(string text) => Newtonsoft.Json.JsonConvert.DeserializeObject<JToken>(text,
        new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal })!;

    /// <summary>Where <paramref name="actual"/> lacks or changes what <paramref name="expected"/> holds.</summary>
    private static IEnumerable<string> Contained(JToken expected, JToken? actual, string path)
    {
        if (expected is JObject o)
        {
            return actual is JObject a
                ? o.Properties().SelectMany(p => Contained(p.Value, a[p.Name], $"{path}.{p.Name}"))
                : [$"{path}: expected an object, found {actual}"];
        }

        if (expected is JArray e)
        {
            return actual is JArray a && a.Count == e.Count
                ? e.SelectMany((item, i) => Contained(item, a[i], $"{path}[{i}]"))
                : [$"{path}: expected {e.Count} items, found {actual?.ToString(Newtonsoft.Json.Formatting.None)}"];
        }

        return JToken.DeepEquals(expected, actual) ? [] : [$"{path}: expected {expected}, found {actual}"];
    }

    public void Dispose() => _folder.Dispose();
}
