namespace BudgetLedger.Reporting.Trace;

public enum TraceStepKind
{
    Budgeted,
    CarriedOver,
    TargetsFunds,
    SelfEvaluated,
    ReasonStated,
    Transferred,
    TransferredOut,
    TransferredIn,
    Supplemented,
    Reduced,
    Executed,
    Renamed,
    AliasRecorded,
}

public static class TraceStepKinds
{
    public static string Words(this TraceStepKind kind) => kind switch
    {
        TraceStepKind.Budgeted => "预算安排",
        TraceStepKind.CarriedOver => "上年结转",
        TraceStepKind.TargetsFunds => "绩效目标表年度资金",
        TraceStepKind.SelfEvaluated => "绩效自评（决算）",
        TraceStepKind.ReasonStated => "单位说明",
        TraceStepKind.Transferred => "职能划转",
        TraceStepKind.TransferredOut => "划出",
        TraceStepKind.TransferredIn => "划入",
        TraceStepKind.Supplemented => "追加",
        TraceStepKind.Reduced => "调减",
        TraceStepKind.Executed => "决算执行",
        TraceStepKind.Renamed => "更名",
        _ => "别名",
    };

    /// <summary>The steps that put money on a line or project for the year.</summary>
    public static bool IsBudget(this TraceStepKind kind) => kind is TraceStepKind.Budgeted
        or TraceStepKind.CarriedOver;
}
