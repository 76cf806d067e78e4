using Newtonsoft.Json.Linq;

namespace BudgetLedger.Exports.FiscalDataPackage;

/// <summary>
/// The package's fiscal model: each measure a column of one resource, in CNY with factor 10000 (万元), with its
/// direction and phase (proposed: 预算, executed: 决算); the dimensions its rows are classified by, the functional
/// classification as a hierarchy of 类, 款 and 项.
/// </summary>
public static class FiscalModel
{
    public static JObject Of() => new()
    {
        ["measures"] = new JObject
        {
            ["functional_budget"] = Measure(FiscalResources.Functional, "budget_amount", "expenditure", "proposed"),
            ["functional_executed"] = Measure(FiscalResources.Functional, "executed_amount", "expenditure",
                "executed"),
            ["economic_budget"] = Measure(FiscalResources.Economic, "budget_amount", "expenditure", "proposed"),
            ["economic_executed"] = Measure(FiscalResources.Economic, "executed_amount", "expenditure", "executed"),
            ["economic_executed_basic"] = Measure(FiscalResources.Economic, "executed_basic_amount", "expenditure",
                "executed"),
            ["revenue_executed"] = Measure(FiscalResources.Revenue, "executed_amount", "revenue", "executed"),
        },
        ["dimensions"] = new JObject
        {
            ["unit"] = Dimension("entity", null, "unit_id", ("unit_id", null), ("unit_code", null),
                ("unit_name", "unit_id")),
            ["fiscal_year"] = Dimension("datetime", null, "fiscal_year", ("fiscal_year", null)),
            ["functional_category"] = Classification("functional", "category"),
            ["functional_section"] = Classification("functional", "section"),
            ["functional_item"] = Classification("functional", "item"),
            ["functional_class"] = Classification("functional", "functional"),
            ["economic_class"] = Classification("economic", "economic", FiscalResources.Economic),
            ["basic_component"] = Dimension("classification", FiscalResources.Economic, "component", ("component",
                null)),
            ["fund_source"] = Dimension("classification", FiscalResources.Functional, "fund_source",
                ("fund_source", null)),
            ["expenditure_kind"] = Dimension("classification", FiscalResources.Functional, "expenditure_kind",
                ("expenditure_kind", null)),
            ["figure"] = Dimension("other", FiscalResources.Functional, "figure", ("figure", null)),
            ["revenue"] = Dimension("classification", FiscalResources.Revenue, "revenue", ("revenue", null)),
        },
        ["hierarchies"] = new JObject
        {
            ["functional_classification"] = new JObject
            {
                ["label"] = "支出功能分类科目 (类/款/项)",
                ["levels"] = new JArray("functional_category", "functional_section", "functional_item"),
            },
        },
    };

    private static JObject Measure(string resource, string source, string direction, string phase) => new()
    {
        ["source"] = source,
        ["resource"] = resource,
        ["currency"] = "CNY",
        ["factor"] = 10000,
        ["direction"] = direction,
        ["phase"] = phase,
    };

    private static JObject Classification(string type, string prefix, string resource = FiscalResources.Functional)
    {
        var dimension = Dimension("classification", resource, $"{prefix}_code", ($"{prefix}_code", null),
            ($"{prefix}_name", $"{prefix}_code"));
        dimension["classificationType"] = type;
        return dimension;
    }

    private static JObject Dimension(string type, string? resource, string key,
        params (string Source, string? LabelFor)[] attributes)
    {
        var dimension = new JObject
        {
            ["dimensionType"] = type,
            ["primaryKey"] = new JArray(key),
            ["attributes"] = new JObject(attributes.Select(a => new JProperty(a.Source, Attribute(a.Source,
                a.LabelFor)))),
        };
        if (resource is not null)
        {
            dimension["resource"] = resource;
        }

        return dimension;
    }

    private static JObject Attribute(string source, string? labelFor)
    {
        var attribute = new JObject { ["source"] = source };
        if (labelFor is not null)
        {
            attribute["labelfor"] = labelFor;
        }

        return attribute;
    }
}
