using System.Security.Cryptography;

namespace BudgetLedger.Faults.Guards;

/// <summary>A file's SHA-256 and length, shortened for messages.</summary>
public static class FileHash
{
    public static string? Of(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return $"{Convert.ToHexStringLower(SHA256.HashData(stream))[..12]} ({stream.Length:N0} bytes)";
    }
}
