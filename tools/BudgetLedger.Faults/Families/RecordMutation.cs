using Newtonsoft.Json.Linq;

namespace BudgetLedger.Faults.Families;

/// <summary>One spoiled record file: its name and how its text is made from a base file.</summary>
public sealed record RecordMutation(string Name, Func<JObject> Base, Func<JObject, string> Text)
{
    /// <summary>Sets the field at a JSON path such as entries[0].basis.line to the JSON given.</summary>
    public static RecordMutation Set(string path, string json, Func<JObject>? @base = null) =>
        new($"{path} = {json}", @base ?? RecordFileBases.Adjustment, root =>
        {
            var (owner, name) = Field(root, path);
            owner[name] = JToken.Parse(json);
            return root.ToString();
        });

    public static RecordMutation Remove(string path, Func<JObject>? @base = null) =>
        new($"{path} missing", @base ?? RecordFileBases.Adjustment, root =>
        {
            var (owner, name) = Field(root, path);
            owner.Remove(name);
            return root.ToString();
        });

    public static RecordMutation Whole(string name, string text) => new(name, RecordFileBases.Adjustment, _ => text);

    private static (JObject Owner, string Name) Field(JObject root, string path)
    {
        var dot = path.LastIndexOf('.');
        return ((JObject)(dot < 0 ? root : root.SelectToken(path[..dot])!), path[(dot + 1)..]);
    }
}
