using System.Globalization;
using System.Reflection;

namespace BudgetLedger.EventStore.Storage;

/// <summary>A store's numbered schema scripts (NNN_name.sql), embedded under a resource prefix, in order.</summary>
public static class SchemaScripts
{
    public static IEnumerable<(int Version, string Sql)> Of(Assembly assembly, string prefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture),
                Sql: Read(assembly, n)))
            .OrderBy(s => s.Version);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
