using BudgetLedger.Exports.Csv;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Exports.FiscalDataPackage;

/// <summary>
/// The ofdp export: an Open Fiscal Data Package (<c>profile: fiscal-data-package</c>), its descriptor
/// datapackage.json declaring each CSV resource's fields and the fiscal model over them.
/// </summary>
public static class FiscalPackage
{
    public const string DescriptorName = "datapackage.json";

    public static IReadOnlyList<ExportFile> Files(ExportInput input)
    {
        var resources = FiscalResources.All(input);
        return [new ExportFile(DescriptorName, JsonBytes.Of(Descriptor(input, resources))),
            .. resources.Select(r => r.ToFile())];
    }

    private static JObject Descriptor(ExportInput input, IReadOnlyList<CsvTable> resources)
    {
        var descriptor = new JObject
        {
            ["profile"] = "fiscal-data-package",
            ["name"] = "budget-ledger-export",
            ["title"] = "BudgetLedger: Chinese public budget disclosures (部门预算/决算公开), figures in 万元",
            ["countryCode"] = "CN",
            ["resources"] = new JArray(resources.Select(Resource)),
            ["model"] = FiscalModel.Of(),
        };
        var years = input.UnitYears().Select(y => y.Year).ToList();
        if (years.Count > 0)
        {
            descriptor["fiscalPeriod"] = new JObject { ["start"] = $"{years.Min():D4}-01-01",
                ["end"] = $"{years.Max():D4}-12-31" };
        }

        return descriptor;
    }

    private static JObject Resource(CsvTable table) => new()
    {
        ["name"] = Path.GetFileNameWithoutExtension(table.Name),
        ["path"] = table.Name,
        ["profile"] = "tabular-data-resource",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["schema"] = new JObject
        {
            ["fields"] = new JArray(table.Columns.Select(c => new JObject { ["name"] = c.Name, ["type"] = c.Type })),
        },
    };
}
