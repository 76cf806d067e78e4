using BudgetLedger.Import.Pdf;

namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>
/// The real PDFs: four copied into Pdf/Documents (always there), the rest in the shared corpus beside the
/// repository (<c>../shared/corpus</c> from its root), which a machine may not have.
/// </summary>
public static class PdfCorpus
{
    public const string Putuo = "2024-shanghai-putuo-social-work-dept-final-accounts.pdf";
    public const string Template = "2024-shanghai-final-accounts-template.pdf";
    public const string Guangzhou = "2026-guangdong-guangzhou-government-general-office-budget.pdf";
    public const string Changsha = "2026-hunan-changsha-vocational-education-base-office-budget.pdf";

    /// <summary>Every corpus PDF with its page count, as the corpus README gives it.</summary>
    public static readonly IReadOnlyDictionary<string, int> PageCounts = new Dictionary<string, int>
    {
        [Putuo] = 24,
        [Template] = 23,
        [Guangzhou] = 28,
        [Changsha] = 25,
        ["2026-guangdong-shenzhen-port-office-budget.pdf"] = 33,
        ["2026-zhejiang-hangzhou-justice-bureau-budget.pdf"] = 40,
        ["2026-chongqing-government-general-office-budget.pdf"] = 24,
        ["2026-fujian-fuzhou-healthcare-security-bureau-budget.pdf"] = 44,
        ["2026-jiangsu-wuxi-housing-construction-bureau-unit-budget.pdf"] = 39,
        ["2026-fujian-quanzhou-government-office-budget.pdf"] = 41,
    };

    /// <summary>Every disclosure of the corpus (templates aside), PDFs and texts.</summary>
    public static IReadOnlyList<string> Disclosures { get; } = Directory.GetFiles(
        Path.Combine(Root, "tests", "BudgetLedger.Import.Tests", "Pdf", "Documents"))
        .Select(Path.GetFileName).OfType<string>()
        .Where(n => (n.EndsWith(".pdf", StringComparison.Ordinal) || n.EndsWith(".txt", StringComparison.Ordinal))
            && !n.Contains("template", StringComparison.Ordinal)
            && !n.StartsWith("encrypted", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    public static string Documents { get; } =
        Path.Combine(Root, "tests", "BudgetLedger.Import.Tests", "Pdf", "Documents");

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string Root => Path.GetDirectoryName(Seeds.Folder)!;

    /// <summary>The file's path in Pdf/Documents, else in the shared corpus; null when neither holds it.</summary>
    public static string? Find(string name) =>
        new[] { Path.Combine(Documents, name), Path.Combine(Shared, name) }.FirstOrDefault(File.Exists);

    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Find(name) ?? throw new FileNotFoundException($"{name} is in neither corpus folder"));

    public static IReadOnlyList<PdfPage> Pages(string name) => PdfPages.Read(name, Bytes(name));

    /// <summary>The pdftotext -layout text kept beside a PDF in Pdf/Documents.</summary>
    public static string LayoutText(string name) =>
        File.ReadAllText(Path.Combine(Documents, Path.ChangeExtension(name, ".layout.txt")));
}
