using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// Every field of a record file given the wrong JSON type or a value out of bounds: one error line naming the field,
/// nothing recorded.
/// </summary>
public sealed class RecordFieldFaultTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();

    // The second line goes on after `""" + " " + """`: one space, on the same line of the JSON.
    private const string Valid = """
        { "recordedBy": "a test", "entries": [ { "id": "adj-1", "type": "adjustment", "unit": "209105", "year": 2022,
          "class": "2080107", "expenditureKind": "ProjectExpenditure", "kind": "supplement", "amount": "1.00",
        """ + " " + """
        "reason": "r",
          "basis": { "quote": "q", "line": 3 } } ] }
        """;

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "entries[0].id", "{}", "id: must be text, not an object" },
        { "entries[0].type", "[]", "type: must be text, not a list" },
        { "recordedBy", """{"who":1}""", "recordedBy: must be text" },
        { "recordedBy", "7", "recordedBy: must be text, not a number" },
        { "entries[0].unit", "5", "unit: must be text" },
        { "entries[0].basis.line", "\"abc\"", "basis.line: \"abc\" is not a line number" },
        { "entries[0].basis.line", "1e12", "basis.line" },
        { "entries[0].basis.line", "1000000000000000000000000000000", "basis.line" },
        { "entries[0].basis.line", "-1", "basis.line" },
        { "entries[0].basis.quote", "{}", "basis.quote: must be text" },
        { "entries[0].basis", "[]", "basis: required" },
        { "entries[0].amount", "7.9e28", "amount: 7.9E+28 is beyond any budget" },
        { "entries[0].amount", "\"79000000000000000000000000000\"", "beyond any budget" },
        { "entries[0].amount", "-1", "amount: -1 is not positive" },
        { "entries[0].amount", "\"0.000000000000000000000000001\"", "is finer than a fen" },
        { "entries[0].amount", "\"abc\"", "amount: required" },
        { "entries[0].amountUnit", "{}", "amountUnit: must be text" },
        { "entries[0].amountUnit", "\"dollars\"", "amountUnit: 'dollars' is not 元 or 万元" },
        { "entries[0].year", "1000000000000000000000000", "year: required" },
        { "entries[0].year", "1949", "year: required" },
        { "entries[0].kind", "3", "kind: must be text" },
        { "entries[0].unit", "\"no such unit\"", "unit:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_field_of_the_wrong_type_or_out_of_bounds_is_refused_naming_it_and_records_nothing(
        string field, string value, string expected)
    {
        var json = JObject.Parse(Valid);
        var dot = field.LastIndexOf('.');
        var parent = dot > 0 ? (JObject)json.SelectToken(field[..dot])! : json;
        parent[field[(dot + 1)..]] = JToken.Parse(value);
        await Refused(json.ToString(), expected);
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("[1, 2]", "not JSON")]
    [InlineData("{ \"recordedBy\": \"x\" ", "not JSON")]
    public async Task A_file_that_is_not_a_record_object_is_refused(string text, string expected)
        => await Refused(text, expected);

    [Fact]
    public async Task Nesting_deeper_than_any_record_is_refused_not_a_stack_overflow() =>
        await Refused(new string('[', 100_000) + new string(']', 100_000), "not JSON");

    private async Task Refused(string text, string expected)
    {
        var ledger = seeded.CopyTo(_folder.Path);
        var file = Path.Combine(_folder.Path, "bad.records.json");
        await File.WriteAllTextAsync(file, text);
        var before = (await CliRun.Invoke("status", "--format", "json", "--store", ledger)).Output;

        var result = await CliRun.Invoke("record", file, "--store", ledger).WaitAsync(TimeSpan.FromSeconds(5));

        result.ShouldBeOneError(1, text);
        result.Error.Should().Contain(expected);
        (await CliRun.Invoke("status", "--format", "json", "--store", ledger)).Output.Should().Be(before,
            "nothing was recorded");
    }

    public void Dispose() => _folder.Dispose();
}
