namespace BudgetLedger.Domain.Checks;

/// <summary>What a rule compares.</summary>
public enum RuleKind
{
    /// <summary>Figures of one table: a total and its parts.</summary>
    Identity,

    /// <summary>Figures of two tables of one document.</summary>
    CrossTable,

    /// <summary>A figure or word the notes (情况说明) state against the tables.</summary>
    TextTable,

    /// <summary>Two statements of the notes against each other.</summary>
    TextText,

    /// <summary>What a document of its kind must publish, and say.</summary>
    Completeness,

    /// <summary>Two documents the ledger holds: a budget and its final accounts, or two years.</summary>
    CrossDocument,
}
