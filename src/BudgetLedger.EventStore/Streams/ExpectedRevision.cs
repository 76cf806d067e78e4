namespace BudgetLedger.EventStore.Streams;

/// <summary>What the writer believes about a stream before appending: EventStoreDB's expected revision.</summary>
public readonly record struct ExpectedRevision
{
    private const ulong AnyValue = ulong.MaxValue;
    private const ulong NoStreamValue = ulong.MaxValue - 1;
    private const ulong StreamExistsValue = ulong.MaxValue - 2;

    private ExpectedRevision(ulong value) => Value = value;

    public ulong Value { get; }

    /// <summary>Append whatever the stream holds.</summary>
    public static ExpectedRevision Any { get; } = new(AnyValue);

    /// <summary>Append only if the stream has no events yet.</summary>
    public static ExpectedRevision NoStream { get; } = new(NoStreamValue);

    /// <summary>Append only if the stream has at least one event.</summary>
    public static ExpectedRevision StreamExists { get; } = new(StreamExistsValue);

    /// <summary>Append only if the stream's last event has this revision.</summary>
    public static ExpectedRevision Exact(ulong revision) =>
        revision >= StreamExistsValue ? throw new ArgumentOutOfRangeException(nameof(revision)) : new(revision);

    public bool IsExact => Value < StreamExistsValue;

    /// <summary>
    /// Does a stream whose last revision is <paramref name="current"/> (null: no stream) satisfy this?
    /// </summary>
    public bool IsSatisfiedBy(ulong? current) => Value switch
    {
        AnyValue => true,
        NoStreamValue => current is null,
        StreamExistsValue => current is not null,
        _ => current == Value,
    };

    public override string ToString() => Value switch
    {
        AnyValue => "any",
        NoStreamValue => "no stream",
        StreamExistsValue => "stream exists",
        _ => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
