namespace BudgetLedger.Import.Readers;

/// <summary>A label and the figures beside it (blank figures are null: not stated).</summary>
public sealed record LabelledRow(int Line, string Label, IReadOnlyList<decimal?> Figures)
{
    /// <summary>The label was numbered as an item ("一、…", "（一）…"), not a sub-row under one.</summary>
    public bool Numbered { get; init; }

    public decimal? First => Figures.Count > 0 ? Figures[0] : null;
}
