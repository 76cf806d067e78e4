using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>The workbook's text, each distinct string once, numbered in order of first use.</summary>
public sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int IndexOf(string text)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index.Add(text, index);
            _strings.Add(text);
        }

        return index;
    }

    public SharedStringTable Table() => new(_strings.Select(s => new SharedStringItem(new Text(s)
    {
        Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve,
    })));
}
