using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.EventStore.Appending;

/// <summary>Checks every store applies before it touches anything.</summary>
public static class AppendValidation
{
    public static void Validate(IReadOnlyList<StreamAppend> appends)
    {
        if (appends.Count == 0)
        {
            throw new ArgumentException("nothing to append", nameof(appends));
        }

        var ids = new HashSet<Guid>();
        var streams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var append in appends)
        {
            StreamName.Validate(append.Stream);
            if (!streams.Add(append.Stream))
            {
                throw new ArgumentException($"stream '{append.Stream}' appears twice in one append", nameof(appends));
            }

            if (append.Events.Count == 0)
            {
                throw new ArgumentException($"the batch for stream '{append.Stream}' is empty", nameof(appends));
            }

            foreach (var e in append.Events)
            {
                if (string.IsNullOrWhiteSpace(e.Type))
                {
                    throw new ArgumentException($"event {e.EventId} in stream '{append.Stream}' has no type",
                        nameof(appends));
                }

                if (!ids.Add(e.EventId))
                {
                    throw new ArgumentException($"event id {e.EventId} appears twice in one append", nameof(appends));
                }
            }
        }
    }
}
