namespace BudgetLedger.Domain.Amounts;

/// <summary>The unit a disclosure states a figure in.</summary>
public enum AmountUnit
{
    /// <summary>元</summary>
    Yuan,

    /// <summary>万元: 10,000 yuan; the unit of every table but project tables.</summary>
    TenThousandYuan,
}
