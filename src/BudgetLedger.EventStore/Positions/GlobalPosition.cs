using System.Globalization;

namespace BudgetLedger.EventStore.Positions;

/// <summary>
/// An event's place in the whole log. An ordered value, not a count: SQLite numbers positions 1, 2, 3…
/// (Commit = Prepare), EventStoreDB gives log offsets with gaps. Compare positions; never do arithmetic on them.
/// </summary>
public readonly record struct GlobalPosition(ulong Commit, ulong Prepare) : IComparable<GlobalPosition>
{
    public static GlobalPosition Start { get; } = new(0, 0);

    public static GlobalPosition Of(ulong position) => new(position, position);

    public int CompareTo(GlobalPosition other) =>
        Commit != other.Commit ? Commit.CompareTo(other.Commit) : Prepare.CompareTo(other.Prepare);

    public static bool operator <(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        Commit == Prepare
            ? Commit.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Commit}/{Prepare}");

    /// <summary>Reads "42" or "1024/1000" (commit/prepare).</summary>
    public static GlobalPosition Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length is 1 or 2
            && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var commit)
            && (parts.Length == 1 || ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var prepare = parts.Length == 2 ? ulong.Parse(parts[1], CultureInfo.InvariantCulture) : commit;
            return new GlobalPosition(commit, prepare);
        }

        throw new FormatException($"'{text}' is not a position: expected a number or commit/prepare");
    }
}
