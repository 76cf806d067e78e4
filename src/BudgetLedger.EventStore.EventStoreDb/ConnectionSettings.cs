using System.Globalization;
using BudgetLedger.EventStore.EventStoreDb.Cluster;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>The <c>?key=value&amp;…</c> part of a connection string, each setting checked as it is read.</summary>
internal sealed class ConnectionSettings
{
    private static readonly string[] Known =
        ["tls", "tlsVerifyCert", "ledger", "nodePreference", "maxDiscoverAttempts", "gossipTimeout"];

    private static readonly string[] OfClusters = ["nodePreference", "maxDiscoverAttempts", "gossipTimeout"];

    private readonly Dictionary<string, string> _settings;
    private readonly string _text;

    private ConnectionSettings(Dictionary<string, string> settings, string text) =>
        (_settings, _text) = (settings, text);

    public static ConnectionSettings Parse(string query, string text)
    {
        var settings = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length == 2 ? Uri.UnescapeDataString(p[1]) : "",
                StringComparer.OrdinalIgnoreCase);
        foreach (var key in settings.Keys.Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            throw new FormatException($"'{text}': setting '{key}' is not supported ({string.Join(", ", Known)} are)");
        }

        return new ConnectionSettings(settings, text);
    }

    public bool Flag(string key) =>
        !_settings.TryGetValue(key, out var value)
            || (bool.TryParse(value, out var flag) ? flag
                : throw new FormatException($"'{_text}': {key} must be true or false"));

    public string? Ledger()
    {
        var ledger = _settings.GetValueOrDefault("ledger");
        return ledger is not null && (ledger.Length == 0 || ledger.Contains('/', StringComparison.Ordinal)
            || ledger.StartsWith('$'))
            ? throw new FormatException($"'{_text}': ledger must be a name without '/' that does not start with '$'")
            : ledger;
    }

    /// <summary>One node named: the cluster settings would be silently ignored, so they are refused.</summary>
    public ClusterDiscovery? SingleNode() =>
        OfClusters.FirstOrDefault(_settings.ContainsKey) is { } key
            ? throw new FormatException($"'{_text}': {key} applies to a cluster: name it esdb+discover://host:2113 "
                + "or give several hosts")
            : null;

    public ClusterDiscovery Discovery()
    {
        var defaults = ClusterDiscovery.Default;
        var preference = _settings.GetValueOrDefault("nodePreference") is not { } name ? defaults.NodePreference
            : Enum.TryParse<NodePreference>(name, ignoreCase: true, out var p) && Enum.IsDefined(p)
                && !name.Any(char.IsDigit) ? p
            : throw new FormatException($"'{_text}': nodePreference must be leader, follower or random");
        return new ClusterDiscovery(preference, Number("maxDiscoverAttempts", defaults.MaxDiscoverAttempts, 1, 100),
            TimeSpan.FromMilliseconds(Number("gossipTimeout", (int)defaults.GossipTimeout.TotalMilliseconds, 100,
                60_000)));
    }

    private int Number(string key, int fallback, int min, int max) =>
        !_settings.TryGetValue(key, out var value) ? fallback
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n
                : throw new FormatException($"'{_text}': {key} must be a whole number from {min} to {max}");
}
