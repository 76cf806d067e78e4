using System.IO.Compression;
using System.Text.Json;

namespace BudgetLedger.Projections.Storage;

/// <summary>
/// Read-model blobs as deflated UTF-8 JSON: a year's figures and its tables shrink four- to fivefold, and writing
/// the read models is mostly writing bytes.
/// </summary>
internal static class CompressedJson
{
    public static byte[] Pack<T>(T value, JsonSerializerOptions options)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(deflate, value, options);
        }

        return buffer.ToArray();
    }

    public static T Unpack<T>(byte[] blob, JsonSerializerOptions options)
    {
        using var inflate = new ZLibStream(new MemoryStream(blob), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(inflate, options)!;
    }
}
