using System.Globalization;

namespace BudgetLedger.Exports.Csv;

/// <summary>
/// What moved a year's figures: the unit's stated reasons (变动原因), function transfers line by line, and budget
/// adjustments; signed amounts are + for an increase.
/// </summary>
public static class ChangeTables
{
    public static IEnumerable<ExportFile> All(ExportInput input)
    {
        yield return new CsvTable("stated-reasons.csv", YearKey.And(new("subject_kind"), new("subject"), new("kind"),
                Column.Number("signed_amount"), Column.Number("implied_prior_year"), new("amount_unit"),
                new("text")),
            YearKey.Rows(input, y => y.StatedReasons, r => [r.SubjectKind.ToString(), r.Subject, r.Kind.ToString(),
                Fields.Of(r.Signed), Fields.Of(r.ImpliedPriorYear), Fields.TenThousandYuan, r.Text])).ToFile();
        yield return new CsvTable("transfers.csv", YearKey.And(new("event_id"), new("direction"), new("other_unit"),
                new("function"), new("decided_by"), new("line"), new("code"), Column.Number("amount"),
                new("amount_unit")),
            YearKey.Rows(input, y => y.Transfers.SelectMany(t => t.Lines.Select(l => (Transfer: t, Line: l))),
                t => [Id(t.Transfer.EventId), t.Transfer.Direction.ToString(), t.Transfer.OtherUnit,
                    t.Transfer.Function, t.Transfer.DecidedBy ?? "", t.Line.Name, t.Line.Code ?? "",
                    Fields.Of(t.Line.Amount), Fields.TenThousandYuan])).ToFile();
        yield return new CsvTable("adjustments.csv", YearKey.And(new("event_id"), new("code"), new("name"),
                new("kind"), Column.Number("signed_amount"), new("amount_unit"), new("reason")),
            YearKey.Rows(input, y => y.Adjustments, a => [Id(a.EventId), a.Code, a.Name, a.Kind.ToString(),
                Fields.Of(a.Signed), Fields.TenThousandYuan, a.Reason])).ToFile();
    }

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
