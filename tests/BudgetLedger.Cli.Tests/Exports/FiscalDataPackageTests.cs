using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace BudgetLedger.Cli.Tests.Exports;

public sealed class FiscalDataPackageTests(SeededLedger ledger) : IClassFixture<SeededLedger>
{
    private static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Exports",
        "fiscal-data-package.schema.json");

    [Fact]
    public async Task The_descriptor_validates_against_the_fiscal_data_package_schema()
    {
        var folder = await ledger.ExportTo("--format", "ofdp");
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath));

        var descriptor = await File.ReadAllTextAsync(Path.Combine(folder, "datapackage.json"));

        schema.Validate(descriptor).Select(e => e.ToString()).Should().BeEmpty();
        var parsed = CliRun.Json(descriptor);
        parsed.Value<string>("profile").Should().Be("fiscal-data-package");
        parsed["model"]!["measures"]!.Children<JProperty>().Should().OnlyContain(m =>
            m.Value.Value<string>("currency") == "CNY" && m.Value.Value<int>("factor") == 10000);
        parsed["model"]!["measures"]!["functional_budget"]!.Value<string>("phase").Should().Be("proposed");
        parsed["model"]!["measures"]!["functional_executed"]!.Value<string>("phase").Should().Be("executed");
        parsed["model"]!["measures"]!["revenue_executed"]!.Value<string>("direction").Should().Be("revenue");
    }

    [Fact]
    public async Task The_schema_refuses_a_descriptor_whose_measure_has_no_currency()
    {
        var folder = await ledger.ExportTo("--format", "ofdp");
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath));
        var descriptor = CliRun.Json(await File.ReadAllTextAsync(Path.Combine(folder, "datapackage.json")));

        ((JObject)descriptor["model"]!["measures"]!["functional_budget"]!).Remove("currency");

        schema.Validate(descriptor.ToString()).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Each_resource_has_the_fields_its_descriptor_declares_and_the_model_names_only_those()
    {
        var folder = await ledger.ExportTo("--format", "ofdp");
        var descriptor = CliRun.Json(await File.ReadAllTextAsync(Path.Combine(folder, "datapackage.json")));

        var fields = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var resource in descriptor["resources"]!)
        {
            var declared = resource["schema"]!["fields"]!.Select(f => f.Value<string>("name")!).ToList();
            CsvRead.Records(Path.Combine(folder, resource.Value<string>("path")!))[0].Should().Equal(declared);
            fields[resource.Value<string>("name")!] = declared;
        }

        var model = descriptor["model"]!;
        foreach (var measure in model["measures"]!.Children<JProperty>().Select(p => p.Value))
        {
            fields[measure.Value<string>("resource")!].Should().Contain(measure.Value<string>("source"));
        }

        var all = fields.Values.SelectMany(f => f).ToHashSet();
        model["dimensions"]!.Children<JProperty>().SelectMany(d => d.Value["attributes"]!.Children<JProperty>())
            .Select(a => a.Value.Value<string>("source")).Should().OnlyContain(s => all.Contains(s!));
    }

    [Fact]
    public async Task A_functional_line_carries_its_category_section_and_item_with_their_printed_names()
    {
        var folder = await ledger.ExportTo("--format", "ofdp", "--unit", "209105", "--year", "2022");

        var lines = CsvRead.Rows(Path.Combine(folder, "functional-lines.csv"));

        lines.Should().ContainSingle(l => l["item_code"] == "2080108" && l["figure"] == "Appropriation")
            .Which.Should().Match<IReadOnlyDictionary<string, string>>(l => l["category_code"] == "208"
                && l["category_name"] == "社会保障和就业支出" && l["section_code"] == "20801"
                && l["item_name"] == "信息化建设" && l["budget_amount"] == "956.00" && l["executed_amount"] == "");
    }
}
