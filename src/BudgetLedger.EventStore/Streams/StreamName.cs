namespace BudgetLedger.EventStore.Streams;

/// <summary>Stream names: 1-200 printable characters, no leading '$' (reserved for system streams).</summary>
public static class StreamName
{
    public const int MaxLength = 200;

    public static string Validate(string stream)
    {
        if (string.IsNullOrWhiteSpace(stream) || stream.Length > MaxLength || stream[0] == '$'
            || stream.Any(char.IsControl))
        {
            throw new ArgumentException($"'{stream}' is not a stream name: 1-{MaxLength}"
                + $" printable characters, not starting with '$'", nameof(stream));
        }

        return stream;
    }
}
