using BudgetLedger.Checks.Documents;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Log;

namespace BudgetLedger.Checks.Findings;

/// <summary>The findings each document recorded at import (FindingRecorded), named by their rule's id.</summary>
public static class RecordedFindings
{
    /// <summary>The id shown for a finding recorded before rules had ids.</summary>
    public const string Unnamed = "(recorded before the catalogue)";

    private static readonly IReadOnlySet<string> Wanted =
        new HashSet<string> { EventTypeMap.Default.NameOf(typeof(FindingRecorded)) };

    /// <summary>
    /// The findings of the documents given: a document another one of the same unit, year and kind superseded (a
    /// corrected one, imported later) is left out by the caller, so its findings go.
    /// </summary>
    public static async Task<IReadOnlyList<CheckFinding>> Read(IEventReader log, LogCut? cut,
        IReadOnlyList<DocumentFigures> documents, CancellationToken cancellationToken)
    {
        var bySha = documents.ToDictionary(d => d.Sha256, StringComparer.Ordinal);
        var findings = new List<CheckFinding>();
        await foreach (var e in LogReader.Read(log, cut, Wanted, cancellationToken: cancellationToken))
        {
            var f = (FindingRecorded)e.Event;
            if (bySha.GetValueOrDefault(f.DocumentSha256) is { } document)
            {
                findings.Add(new CheckFinding(f.RuleId ?? Unnamed, CheckSeverity.Finding, f.UnitId.Value,
                    document.UnitName, f.FiscalYear.Value, [document.FileName], $"{f.Table}, line {f.Line}", f.Rule,
                    f.Expected, f.Actual) { Key = $"{document.Kind}\n{f.Table}\n{f.Rule}" });
            }
        }

        return findings;
    }
}
