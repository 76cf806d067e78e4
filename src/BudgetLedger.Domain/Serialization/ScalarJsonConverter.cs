using Newtonsoft.Json;

namespace BudgetLedger.Domain.Serialization;

/// <summary>Base for value types written as one JSON value; handles <c>T?</c> and JSON null.</summary>
public abstract class ScalarJsonConverter<T> : JsonConverter
    where T : struct
{
    public override bool CanConvert(Type objectType) => objectType == typeof(T) || objectType == typeof(T?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is T typed)
        {
            Write(writer, typed);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue,
        JsonSerializer serializer) =>
        reader.TokenType == JsonToken.Null
            ? objectType == typeof(T?) ? null
                : throw new JsonSerializationException($"{typeof(T).Name} cannot be null (at {reader.Path})")
            : Read(reader);

    protected abstract void Write(JsonWriter writer, T value);

    protected abstract T Read(JsonReader reader);
}
