using System.Text;

namespace BudgetLedger.Cli.Tests.Checks;

/// <summary>
/// Pairs of documents made from the seeds, for the rules that compare documents: the ledger holds no budget and
/// final accounts of one unit and year, nor two consecutive years, so one seed is re-addressed to another's unit.
/// </summary>
internal static class SeedPairs
{
    public const string DataCentre = "山西省人力资源和社会保障数据中心（山西省社会保障卡管理中心）";

    /// <summary>
    /// The bureau's 2022 final accounts as the data centre's 2025 ones (so the data centre's 2026 budget is the
    /// next year's), its 年末结转和结余 printed as given.
    /// </summary>
    public static string DataCentreFinalAccounts2025(string folder, string yearEndBalance) =>
        Write(folder, "2025-data-centre-final-accounts.txt", Seed(Seeds.SocialInsuranceBureau2022)
            .Replace("209100-", "", StringComparison.Ordinal)
            .Replace("山西省社会保险局", DataCentre, StringComparison.Ordinal)
            .Replace("2022", "2025", StringComparison.Ordinal).Replace("2021", "2024", StringComparison.Ordinal)
            .Replace("年末结转和结余\t60\t687.57", $"年末结转和结余\t60\t{yearEndBalance}", StringComparison.Ordinal));

    /// <summary>
    /// The work-injury centre's 2022 budget as the bureau's (209100) own 2022 budget, beside the bureau's 2022 final
    /// accounts; with <paramref name="asTheFinalAccountsSay"/> its 三公 table prints the final accounts' 预算数.
    /// </summary>
    public static string BureauBudget2022(string folder, bool asTheFinalAccountsSay)
    {
        var text = Seed(Seeds.WorkInjuryCenter2022).Replace("209105", "209100", StringComparison.Ordinal)
            .Replace("山西省工伤保险管理服务中心", "山西省社会保险局", StringComparison.Ordinal);
        if (asTheFinalAccountsSay)
        {
            text = InThreePublicTable(text, table => table
                .Replace("公务接待费\t1.00", "公务接待费\t0.54", StringComparison.Ordinal)
                .Replace("公务用车购置及运行费\t", "公务用车购置及运行费\t0.84", StringComparison.Ordinal)
                .Replace("②公务用车运行维护费\t", "②公务用车运行维护费\t0.84", StringComparison.Ordinal)
                .Replace("合计\t1.00", "合计\t1.39", StringComparison.Ordinal));
        }

        return Write(folder, "2022-bureau-budget.txt", text);
    }

    /// <summary>
    /// The work-injury centre's 2022 budget as the data centre's 2025 one, the year before its 2026 budget (whose notes
    /// put 2025's 公务接待费 and 三公 at 0.50); with <paramref name="asThe2026NotesSay"/> its 三公 table prints 0.50.
    /// </summary>
    public static string DataCentreBudget2025(string folder, bool asThe2026NotesSay)
    {
        var text = Seed(Seeds.WorkInjuryCenter2022).Replace("[209105]", "", StringComparison.Ordinal)
            .Replace("山西省工伤保险管理服务中心", DataCentre, StringComparison.Ordinal)
            .Replace("2022", "2025", StringComparison.Ordinal).Replace("2021", "2024", StringComparison.Ordinal);
        return Write(folder, "2025-data-centre-budget.txt", asThe2026NotesSay
            ? InThreePublicTable(text, table => table.Replace("\t1.00", "\t0.50", StringComparison.Ordinal)) : text);
    }

    /// <summary>The work-injury budget's 三公 table (up to the next table's title) edited, the rest as it was.</summary>
    private static string InThreePublicTable(string text, Func<string, string> edit)
    {
        var start = text.IndexOf("一般公共预算“三公”经费支出情况统计表", StringComparison.Ordinal);
        var table = text[start..text.IndexOf("机关运行经费预算财政拨款情况统计表", start, StringComparison.Ordinal)];
        return text.Replace(table, edit(table), StringComparison.Ordinal);
    }

    public static string Copy(string folder, string seed) => Write(folder, seed, Seed(seed));

    private static string Seed(string name) => Encoding.UTF8.GetString(Seeds.Bytes(name));

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
