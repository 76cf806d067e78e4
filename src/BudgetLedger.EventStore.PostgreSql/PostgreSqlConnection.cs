using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>
/// A PostgreSQL ledger's address: a URI <c>postgresql://[user[:password]@]host[:port]/database[?ledger=NAME]</c>
/// (also <c>postgres://</c>; <c>sslmode</c> is read) or Npgsql's key=value string (<c>Host=…;Database=…</c>,
/// with <c>Ledger=NAME</c>). A ledger is a schema: <c>budget_ledger</c>, or <c>budget_ledger_NAME</c>, so several
/// ledgers share one database.
/// </summary>
public sealed partial record PostgreSqlConnection(NpgsqlConnectionStringBuilder Settings, string? Ledger)
{
    public const string DefaultSchema = "budget_ledger";

    /// <summary>What a ledger's schema name takes for the schema of its read models.</summary>
    public const string ReadModelsSuffix = "_read_models";

    public string Schema => Ledger is null ? DefaultSchema : $"{DefaultSchema}_{Ledger}";

    public static bool IsConnectionString(string text) =>
        text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || KeyValueHost().IsMatch(text);

    /// <summary>The same server, another ledger on it.</summary>
    public static string WithLedger(string connectionString, string ledger) => connectionString.Contains("://",
        StringComparison.Ordinal)
        ? $"{connectionString}{(connectionString.Contains('?', StringComparison.Ordinal) ? '&' : '?')}ledger={ledger}"
        : $"{connectionString.TrimEnd(';')};Ledger={ledger}";

    public static PostgreSqlConnection Parse(string text)
    {
        var (settings, ledger) = text.Contains("://", StringComparison.Ordinal) ? FromUri(text) : FromPairs(text);
        if (ledger is not null && !LedgerName().IsMatch(ledger))
        {
            throw new FormatException($"'{Redacted(text)}': ledger must be lower-case letters, digits and _ "
                + "(at most 40), starting with a letter");
        }

        if (ledger?.EndsWith(ReadModelsSuffix[1..], StringComparison.Ordinal) == true)
        {
            throw new FormatException($"'{Redacted(text)}': a ledger's name may not end in '{ReadModelsSuffix[1..]}': "
                + $"the schema '<ledger schema>{ReadModelsSuffix}' holds a ledger's read models");
        }

        if (string.IsNullOrEmpty(settings.Host))
        {
            throw new FormatException($"'{Redacted(text)}': no host");
        }

        settings.Timeout = settings.Timeout == 15 ? 5 : settings.Timeout;
        settings.SearchPath = null;
        settings.ApplicationName ??= "budget-ledger";
        return new PostgreSqlConnection(settings, ledger);
    }

    private static (NpgsqlConnectionStringBuilder, string?) FromUri(string text)
    {
        var scheme = text[..text.IndexOf("://", StringComparison.Ordinal)].ToLowerInvariant();
        if (scheme is not ("postgresql" or "postgres")
            || !Uri.TryCreate("http://" + text[(scheme.Length + 3)..], UriKind.Absolute, out var uri)
            || uri.Host.Length == 0)
        {
            throw new FormatException($"'{Redacted(text)}' is not a PostgreSQL address: expected "
                + "postgresql://user@host:5432/database");
        }

        var settings = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            settings.Username = Uri.UnescapeDataString(parts[0]);
            settings.Password = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : null;
        }

        string? ledger = null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v]
                ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (pair, "");
            switch (key.ToLowerInvariant())
            {
                case "ledger":
                    ledger = value;
                    break;
                case "sslmode":
                    settings.SslMode = Enum.TryParse<SslMode>(value, ignoreCase: true, out var mode) ? mode
                        : throw new FormatException($"'{Redacted(text)}': sslmode '{value}' is not known");
                    break;
                default:
                    throw new FormatException($"'{Redacted(text)}': setting '{key}' is not supported (ledger, "
                        + "sslmode are; use a Host=…;… string for others)");
            }
        }

        return (settings, ledger);
    }

    private static (NpgsqlConnectionStringBuilder, string?) FromPairs(string text)
    {
        var pairs = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ledger = pairs.Select(p => p.Split('=', 2)).Where(p => p.Length == 2
            && p[0].Trim().Equals("ledger", StringComparison.OrdinalIgnoreCase)).Select(p => p[1].Trim())
            .LastOrDefault();
        var rest = string.Join(';', pairs.Where(p => !p.StartsWith("ledger", StringComparison.OrdinalIgnoreCase)));
        try
        {
            return (new NpgsqlConnectionStringBuilder(rest), ledger);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"'{Redacted(text)}': {e.Message}", e);
        }
    }

    /// <summary>Without the password.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"postgresql://{(Settings.Username is null ? "" : Settings.Username + "@")}{Settings.Host}:{Settings.Port}"
        + $"/{Settings.Database}{(Ledger is null ? "" : "?ledger=" + Ledger)}");

    private static string Redacted(string text) => PasswordInText().Replace(text, "$1***");

    [GeneratedRegex(@"(?i)^\s*(?:[^;]*;)*\s*host\s*=")]
    private static partial Regex KeyValueHost();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex LedgerName();

    [GeneratedRegex(@"(?i)(://[^:/@]*:|password\s*=\s*)[^@;]*")]
    private static partial Regex PasswordInText();
}
