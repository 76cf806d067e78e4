namespace BudgetLedger.Faults.Fixtures;

/// <summary>How one row of a ledger is spoiled after its immutability trigger is dropped.</summary>
public enum Corruption
{
    /// <summary>data is bytes that are neither UTF-8 nor JSON.</summary>
    GarbageBytes,

    /// <summary>data is the first half of the event's JSON.</summary>
    TruncatedJson,

    /// <summary>data is JSON of another shape.</summary>
    WrongShape,

    /// <summary>the type is one no version of the ledger wrote.</summary>
    UnknownType,
}
