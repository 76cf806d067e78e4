using BudgetLedger.Import.Validation;
using BudgetLedger.Import.Documents;
using BudgetLedger.Import.Tests.Pdf;

namespace BudgetLedger.Import.Tests.Completeness;

/// <summary>A document read by the real importer, and its completeness findings as "rule id, line".</summary>
public static class CompletenessFindings
{
    public static ImportedDocument Read(string name) => new DisclosureImporter().Read(name, Bytes(name));

    public static ImportedDocument Read(string name, string text) =>
        new DisclosureImporter().Read(name, System.Text.Encoding.UTF8.GetBytes(text));

    public static byte[] Bytes(string name) => Seeds.All.Contains(name) ? Seeds.Bytes(name) : PdfCorpus.Bytes(name);

    public static List<string> Of(ImportedDocument document) => Of(document.Findings);

    public static List<string> Of(IEnumerable<Finding> findings) => findings
        .Where(f => f.RuleId?.StartsWith("completeness.", StringComparison.Ordinal) == true)
        .Select(f => $"{f.RuleId} line {f.Line}").ToList();
}
