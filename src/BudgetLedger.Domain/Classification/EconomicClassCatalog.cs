namespace BudgetLedger.Domain.Classification;

/// <summary>
/// 部门预算支出经济分类: the codes behind the names the basic-expenditure tables print (they print names only).
/// </summary>
public static class EconomicClassCatalog
{
    private static readonly Dictionary<string, string> CodesByName = new()
    {
        ["工资福利支出"] = "301", ["基本工资"] = "30101", ["津贴补贴"] = "30102", ["奖金"] = "30103", ["伙食补助费"] = "30106",
        ["绩效工资"] = "30107", ["机关事业单位基本养老保险缴费"] = "30108", ["职业年金缴费"] = "30109", ["职工基本医疗保险缴费"] = "30110",
        ["公务员医疗补助缴费"] = "30111", ["其他社会保障缴费"] = "30112", ["住房公积金"] = "30113", ["医疗费"] = "30114", ["其他工资福利支出"] = "30199",
        ["商品和服务支出"] = "302", ["办公费"] = "30201", ["印刷费"] = "30202", ["咨询费"] = "30203", ["手续费"] = "30204",
        ["水费"] = "30205", ["电费"] = "30206", ["邮电费"] = "30207", ["取暖费"] = "30208", ["物业管理费"] = "30209",
        ["差旅费"] = "30211", ["因公出国（境）费用"] = "30212", ["维修（护）费"] = "30213", ["租赁费"] = "30214", ["会议费"] = "30215",
        ["培训费"] = "30216", ["公务接待费"] = "30217", ["专用材料费"] = "30218", ["被装购置费"] = "30224", ["专用燃料费"] = "30225",
        ["劳务费"] = "30226", ["委托业务费"] = "30227", ["工会经费"] = "30228", ["福利费"] = "30229", ["公务用车运行维护费"] = "30231",
        ["其他交通费用"] = "30239", ["税金及附加费用"] = "30240", ["其他商品和服务支出"] = "30299",
        ["对个人和家庭的补助"] = "303", ["离休费"] = "30301", ["退休费"] = "30302", ["退职（役）费"] = "30303", ["抚恤金"] = "30304",
        ["生活补助"] = "30305", ["救济费"] = "30306", ["医疗费补助"] = "30307", ["助学金"] = "30308", ["奖励金"] = "30309",
        ["个人农业生产补贴"] = "30310", ["其他对个人和家庭的补助"] = "30399",
        ["资本性支出"] = "310", ["房屋建筑物购建"] = "31001", ["办公设备购置"] = "31002", ["专用设备购置"] = "31003", ["基础设施建设"] = "31005",
        ["大型修缮"] = "31006", ["信息网络及软件购置更新"] = "31007", ["公务用车购置"] = "31013", ["其他资本性支出"] = "31099",
    };

    /// <summary>The catalogue's name for a code, if it has one.</summary>
    public static string? NameOf(string code) => CodesByName.FirstOrDefault(p => p.Value == code).Key;

    /// <summary>The class a printed name stands for, or null when the name is not in the catalogue.</summary>
    public static EconomicClass? ByName(string name) =>
        CodesByName.TryGetValue(name.Trim().Replace('(', '（').Replace(')', '）'), out var code)
            ? EconomicClass.Of(code, name.Trim()) : null;
}
