using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace BudgetLedger.Serving.Http;

/// <summary>
/// Writes only with the configured token (Authorization: Bearer), and only bodies within the limit. Without a
/// token the server is read-only.
/// </summary>
internal sealed class WriteGuard(string? token, long maxBodyBytes)
{
    public async Task<byte[]> Body(HttpContext http)
    {
        if (token is null)
        {
            throw new ApiException(403, "read-only", "this server is read-only: start `serve` with --token (or "
                + "$BUDGET_LEDGER_TOKEN) to accept imports and records");
        }

        var given = http.Request.Headers.Authorization.FirstOrDefault() is { } header
            && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
        {
            throw new ApiException(401, "token required", "writes need the server's token: Authorization: Bearer "
                + "TOKEN");
        }

        if (http.Request.ContentLength > maxBodyBytes)
        {
            throw TooLarge(http.Request.ContentLength.Value);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes)
            {
                throw TooLarge(buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private ApiException TooLarge(long length) => new(413, "body too large", $"the body of {length:N0} bytes or "
        + $"more is over this server's limit of {maxBodyBytes:N0} bytes (serve --max-body)");
}
