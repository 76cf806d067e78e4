using BudgetLedger.Checks.Documents;

namespace BudgetLedger.Checks.Findings;

/// <summary>The findings each document recorded at import (FindingRecorded), named by their rule's id.</summary>
public static class RecordedFindings
{
    /// <summary>The id shown for a finding recorded before rules had ids.</summary>
    public const string Unnamed = "(recorded before the catalogue)";

    /// <summary>
    /// The findings of the documents given: a document another one of the same unit, year and kind superseded (a
    /// corrected one, imported later) is left out by the caller, so its findings go.
    /// </summary>
    public static IEnumerable<CheckFinding> Of(IEnumerable<DocumentFigures> documents) =>
        documents.SelectMany(d => d.Findings.Select(f => new CheckFinding(f.RuleId ?? Unnamed,
            CheckSeverity.Finding, f.UnitId.Value, d.UnitName, f.FiscalYear.Value, [d.FileName],
            $"{f.Table}, line {f.Line}", f.Rule, f.Expected, f.Actual) { Key = $"{d.Kind}\n{f.Table}\n{f.Rule}" }));
}
