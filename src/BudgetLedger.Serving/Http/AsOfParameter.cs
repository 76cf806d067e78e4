using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BudgetLedger.Serving.Http;

/// <summary>The OpenAPI document names asOf on every read, as every read takes it (the feed aside).</summary>
internal static class AsOfParameter
{
    public static Task Add(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        if (context.Description.HttpMethod == "GET" && path.StartsWith("api/", StringComparison.Ordinal)
            && path != "api/feed")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "asOf",
                In = ParameterLocation.Query,
                Description = "The ledger as it stood at a log position (145) or a time (2026-11-23T01:40:00Z).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
