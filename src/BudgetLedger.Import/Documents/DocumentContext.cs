using System.Globalization;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Domain.Units;
using BudgetLedger.EventStore.Appending;

namespace BudgetLedger.Import.Documents;

/// <summary>
/// What table importers share while one document is read: its identity, and the events and findings so far.
/// </summary>
public sealed class DocumentContext(string file, string sha256, DocumentHeader header)
{
    private readonly List<PlannedEvent> _events = [];
    private readonly List<Finding> _findings = [];

    public string File { get; } = file;

    public string Sha256 { get; } = sha256;

    public DocumentHeader Header { get; } = header;

    public UnitId UnitId { get; } = UnitIdentity.For(header.UnitCode, header.UnitName);

    public IReadOnlyList<PlannedEvent> Events => _events;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>
    /// Adds an event drawn from a table line; <paramref name="part"/> tells apart several events of one line.
    /// </summary>
    public void Add(IBudgetEvent e, RawTable table, int line, string part = "")
    {
        var wireName = EventTypeMap.Default.NameOf(e.GetType());
        var id = DeterministicEventId.From(Sha256, table.Title,
            table.TitleLine.ToString(CultureInfo.InvariantCulture), line.ToString(CultureInfo.InvariantCulture),
            wireName, part);
        _events.Add(new PlannedEvent(id, e, Provenance.Imported(Sha256, table.Title, line)));
    }

    public void Add(IBudgetEvent e, string source, int line, string part = "")
    {
        var wireName = EventTypeMap.Default.NameOf(e.GetType());
        var id = DeterministicEventId.From(Sha256, source, line.ToString(CultureInfo.InvariantCulture), wireName, part);
        _events.Add(new PlannedEvent(id, e, Provenance.Imported(Sha256, source, line)));
    }

    public void Report(Finding? finding)
    {
        if (finding is not null)
        {
            _findings.Add(finding);
        }
    }

    public void Report(IEnumerable<Finding> findings) => _findings.AddRange(findings);

    /// <summary>The page a line of the document is on (1 for text without page breaks).</summary>
    public Func<int, int> PageOf { get; init; } = _ => 1;

    /// <summary>A figure of the table, in the table's own unit (万元 unless it says 元).</summary>
    public static Amount AmountOf(RawTable table, decimal value) =>
        new(value, table.Unit ?? AmountUnit.TenThousandYuan);

    public ImportException Error(RawTable table, int? line, string rule) =>
        new(File, table.Title, line ?? table.TitleLine, rule, PageOf(line ?? table.TitleLine));
}
