namespace BudgetLedger.Import.Readers;

/// <summary>A table of figures by functional class (收入总表, 支出总表, 一般公共预算支出表 …), read but not yet judged.</summary>
public sealed record ClassTable(
    RawTable Source,
    IReadOnlyList<string> Columns,
    ClassTableRow? Total,
    IReadOnlyList<ClassTableRow> Rows)
{
    public ClassTableRow? Row(string code) => Rows.FirstOrDefault(r => r.Class!.Code.Value == code);

    public IEnumerable<ClassTableRow> ChildrenOf(FunctionalClassCode code) =>
        Rows.Where(r => r.Class!.Code.Parent == code);

    public IEnumerable<ClassTableRow> Categories =>
        Rows.Where(r => r.Class!.Code.Level == FunctionalClassLevel.Category);

    /// <summary>Rows with no child row in this table: where the money is actually placed.</summary>
    public IEnumerable<ClassTableRow> Leaves => Rows.Where(r => !ChildrenOf(r.Class!.Code).Any());
}
