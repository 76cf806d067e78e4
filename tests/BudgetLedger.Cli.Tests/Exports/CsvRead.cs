using System.Text;

namespace BudgetLedger.Cli.Tests.Exports;

/// <summary>An RFC 4180 reader for the tests: records of fields, the first one the header.</summary>
internal static class CsvRead
{
    public static IReadOnlyList<IReadOnlyList<string>> Records(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }

    /// <summary>Each record after the header as a map from column name to field.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string path)
    {
        var records = Records(path);
        return records.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)records[0]
            .Select((name, i) => (name, i)).ToDictionary(c => c.name, c => r[c.i])).ToList();
    }
}
