using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.Testing;

namespace BudgetLedger.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRun
{
    public static async Task<CliResult> Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await LedgerCli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The repository's seeds/ folder.</summary>
    public static string SeedsFolder() => Seeds.Folder;

    /// <summary>Parses output JSON as written: dates stay strings.</summary>
    public static Newtonsoft.Json.Linq.JObject Json(string text) =>
        Newtonsoft.Json.JsonConvert.DeserializeObject<Newtonsoft.Json.Linq.JObject>(text,
            new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })!;

    /// <summary>A ledger file holding every sample event, one batch per stream.</summary>
    public static async Task<string> LedgerWithSamples(string folder)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        await using var store = SqliteEventStore.Open(path);
        var events = SampleEvents.All().Select((e, i) =>
        {
            var s = EventSerializer.Default.Serialize(e, SampleEvents.Metadata(i + 1));
            return new EventData(
                DeterministicEventId.From("sample", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                s.WireName, s.Data, s.Metadata);
        }).ToList();
        await store.Append("unit-shanxi-209105", ExpectedRevision.NoStream, events.Take(10).ToList());
        await store.Append("unit-shanxi-209100", ExpectedRevision.NoStream, events.Skip(10).ToList());
        return path;
    }
}
