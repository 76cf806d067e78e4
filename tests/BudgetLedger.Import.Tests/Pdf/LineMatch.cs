namespace BudgetLedger.Import.Tests.Pdf;

/// <summary>
/// How many of a reference text's non-blank lines another text has too, page by page and in order, comparing each
/// line's characters with every space taken out (the longest common subsequence of the two pages' lines).
/// </summary>
public static class LineMatch
{
    public static (int Matched, int Total) Count(string ours, string reference)
    {
        var ourPages = ours.Split('\f');
        var referencePages = reference.Split('\f');
        var (matched, total) = (0, 0);
        for (var page = 0; page < referencePages.Length; page++)
        {
            var expected = Lines(referencePages[page]);
            total += expected.Length;
            matched += page < ourPages.Length ? CommonLines(Lines(ourPages[page]), expected) : 0;
        }

        return (matched, total);
    }

    public static string[] Lines(string page) =>
        page.Split('\n').Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c))))
            .Where(l => l.Length > 0).ToArray();

    private static int CommonLines(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                lengths[i, j] = a[i - 1] == b[j - 1]
                    ? lengths[i - 1, j - 1] + 1
                    : Math.Max(lengths[i - 1, j], lengths[i, j - 1]);
            }
        }

        return lengths[a.Length, b.Length];
    }
}
