using System.Globalization;
using System.Text;

namespace BudgetLedger.Testing;

/// <summary>
/// Documents shaped like the seeds: each seed's text with its unit renamed (and recoded) per copy, so
/// every copy is a distinct document with the seed's tables, notes and quirks.
/// </summary>
public static class SyntheticDisclosures
{
    private static readonly string[] UnitNames =
    [
        "山西省工伤保险管理服务中心", "山西省人力资源和社会保障数据中心（山西省社会保障卡管理中心）", "山西省社会保险局",
        "忻州市社会保险中心", "忻州市社会保障卡服务中心",
    ];

    public static IReadOnlyList<(string Name, byte[] Bytes)> Create(string seedsFolder, int count)
    {
        var seeds = Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var text = seeds[i % seeds.Count];
            var suffix = $"第{i.ToString(CultureInfo.InvariantCulture)}分中心";
            foreach (var name in UnitNames)
            {
                text = text.Replace(name, name + suffix, StringComparison.Ordinal);
            }

            text = text.Replace("209105", (500000 + i).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("209100", (600000 + i).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return ($"synthetic-{i:D5}.txt", Encoding.UTF8.GetBytes(text));
        }).ToList();
    }
}
