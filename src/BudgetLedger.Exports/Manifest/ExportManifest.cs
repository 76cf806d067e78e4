using System.Security.Cryptography;
using BudgetLedger.EventStore.TamperEvidence;

namespace BudgetLedger.Exports.Manifest;

/// <summary>
/// export.json: what an export is (format, scope), the point of the log it was built from (position and the log's
/// digests up to there, as <c>status</c> prints them), the --as-of it was asked for, and each file's SHA-256.
/// </summary>
public sealed record ExportManifest(string Format, ExportScope Scope, string? AsOf, ulong Position, string Digest,
    string ContentDigest, IReadOnlyList<ExportedFile> Files)
{
    public const string FileName = "export.json";

    public static ExportManifest Of(string format, ExportScope scope, string? asOf, LogStamp stamp,
        IEnumerable<ExportFile> files) =>
        new(format, scope, asOf, stamp.Position?.Commit ?? 0, stamp.Digest, stamp.ContentDigest,
            files.Select(f => new ExportedFile(f.Name, Sha256(f.Bytes))).OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList());

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A file of an export and its SHA-256 (lowercase hex).</summary>
public sealed record ExportedFile(string Name, string Sha256);
