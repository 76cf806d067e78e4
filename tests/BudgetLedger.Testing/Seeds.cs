using BudgetLedger.Import.Text;

namespace BudgetLedger.Testing;

/// <summary>The five seed disclosures in the repository's seeds/ folder.</summary>
public static class Seeds
{
    public const string WorkInjuryCenter2022 = "2022-shanxi-work-injury-center-budget.txt";
    public const string DataCenter2026 = "2026-shanxi-hrss-data-center-budget.txt";
    public const string SocialInsuranceBureau2022 = "2022-shanxi-social-insurance-bureau-final-accounts.txt";
    public const string XinzhouSocialInsurance2023 = "2023-xinzhou-social-insurance-center-budget.txt";
    public const string XinzhouCardCenter2023 = "2023-xinzhou-social-security-card-center-budget.txt";

    public static readonly string[] All = [WorkInjuryCenter2022, DataCenter2026, SocialInsuranceBureau2022,
        XinzhouSocialInsurance2023, XinzhouCardCenter2023];

    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static DisclosureText Text(string name) => DisclosureText.Decode(name, Bytes(name));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetLedger.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("no BudgetLedger.sln above the test binaries, so no seeds/ folder");
    }
}
