namespace BudgetLedger.Domain.Classification;

/// <summary>An economic class as a disclosure names it.</summary>
public sealed record EconomicClass(EconomicClassCode Code, string Name)
{
    public static EconomicClass Of(string code, string name) => new(EconomicClassCode.Parse(code), name);

    /// <summary>
    /// 301 工资福利支出 and 303 对个人和家庭的补助 are personnel costs; the rest of basic expenditure is operating costs.
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    public BasicExpenditureComponent Component =>
        Code.Value[..3] is "301" or "303" or "501" or "509" ? BasicExpenditureComponent.PersonnelCosts
            : BasicExpenditureComponent.OperatingCosts;

    public override string ToString() => $"[{Code}]{Name}";
}
