using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Exports.Manifest;

/// <summary>
/// The manifest as JSON, written and read back; a manifest that cannot be read is a <see cref="FormatException"/>.
/// </summary>
public static class ManifestJson
{
    public static byte[] Write(ExportManifest manifest) => JsonBytes.Of(new JObject
    {
        ["format"] = manifest.Format,
        ["scope"] = new JObject
        {
            ["unitId"] = manifest.Scope.UnitId,
            ["unitCode"] = manifest.Scope.UnitCode,
            ["unitName"] = manifest.Scope.UnitName,
            ["year"] = manifest.Scope.Year,
        },
        ["asOf"] = manifest.AsOf,
        ["log"] = new JObject
        {
            ["position"] = manifest.Position,
            ["digest"] = manifest.Digest,
            ["contentDigest"] = manifest.ContentDigest,
        },
        ["files"] = new JArray(manifest.Files.Select(f => new JObject { ["name"] = f.Name, ["sha256"] = f.Sha256 })),
    });

    public static ExportManifest Read(string text)
    {
        try
        {
            var json = JsonConvert.DeserializeObject<JObject>(text, new JsonSerializerSettings
            {
                DateParseHandling = DateParseHandling.None,
            }) ?? throw new FormatException("it is empty");
            var scope = Required<JObject>(json, "scope");
            var log = Required<JObject>(json, "log");
            return new ExportManifest(Required<JValue>(json, "format").Value<string>()!,
                new ExportScope(scope.Value<string?>("unitId"), scope.Value<string?>("unitCode"),
                    scope.Value<string?>("unitName"), scope.Value<int?>("year")),
                json.Value<string?>("asOf"), Required<JValue>(log, "position").Value<ulong>(),
                Required<JValue>(log, "digest").Value<string>()!, Required<JValue>(log, "contentDigest")
                    .Value<string>()!,
                Required<JArray>(json, "files").Select(f => new ExportedFile(FileName(f.Value<string>("name")),
                    f.Value<string>("sha256")!)).ToList());
        }
        catch (Exception e) when (e is JsonException or InvalidCastException or OverflowException
            or NullReferenceException or ArgumentException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>A file of the export folder itself: never a path into another folder.</summary>
    private static string FileName(string? name) =>
        name is { Length: > 0 } && Path.GetFileName(name) == name && name is not ("." or "..")
            ? name : throw new FormatException($"'{name}' is not the name of a file in the export folder");

    private static T Required<T>(JObject json, string name) where T : JToken =>
        json[name] as T ?? throw new FormatException($"it has no '{name}'");
}
