using System.Text;

namespace BudgetLedger.Exports.Csv;

/// <summary>
/// A CSV file: a header row, then one row per record (RFC 4180: CRLF line ends, a field with a comma, a quote or a
/// line break quoted, quotes doubled), UTF-8 without a byte-order mark. A blank field is a figure not stated.
/// </summary>
public sealed record CsvTable(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public ExportFile ToFile()
    {
        var text = new StringBuilder();
        Append(text, Columns.Select(c => c.Name).ToList());
        foreach (var row in Rows)
        {
            if (row.Count != Columns.Count)
            {
                throw new InvalidOperationException($"{Name}: a row of {row.Count} fields under {Columns.Count} "
                    + "columns");
            }

            Append(text, row);
        }

        return new ExportFile(Name, new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    private static void Append(StringBuilder text, IReadOnlyList<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quoted)).Append("\r\n");
    }

    private static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field
            : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
