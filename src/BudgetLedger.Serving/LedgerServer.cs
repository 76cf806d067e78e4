using BudgetLedger.Serving.Endpoints;
using BudgetLedger.Serving.Http;
using BudgetLedger.Serving.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetLedger.Serving;

/// <summary>
/// The ledger over HTTP: the CLI's answers (reports, variance, trace, findings, status, the log) as JSON under
/// /api, each stamped with the log point it was built from; the OpenAPI document at <see cref="OpenApiPath"/>.
/// </summary>
public sealed class LedgerServer : IAsyncDisposable
{
    public const string OpenApiPath = "/openapi/v1.json";

    private readonly WebApplication _app;
    private readonly LedgerReads _reads;

    private LedgerServer(WebApplication app, LedgerReads reads) => (_app, _reads) = (app, reads);

    /// <summary>The addresses it listens on (a port of 0 becomes the one the system gave).</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();

    public static async Task<LedgerServer> Start(LedgerSource source, ServerOptions options,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "BudgetLedger";
            document.Info.Description = "Every read takes asOf (a log position or an ISO 8601 time) and answers "
                + "{position, digest, content, asOf, answer} with the position as ETag.";
            return Task.CompletedTask;
        }).AddOperationTransformer(AsOfParameter.Add));
        var app = builder.Build();
        var reads = new LedgerReads(source, app.Services.GetRequiredService<ILoggerFactory>()
            .CreateLogger("BudgetLedger.Serving"));
        app.Use(Problems.Handle);
        app.MapOpenApi(OpenApiPath);
        var api = app.MapGroup("/api");
        UnitEndpoints.Map(api, reads);
        TraceEndpoints.Map(api, reads);
        LogEndpoints.Map(api, reads);
        FeedEndpoint.Map(api, source, options.FeedInterval ?? TimeSpan.FromMilliseconds(500));
        ClusterEndpoint.Map(api, source);
        PageEndpoint.Map(app, reads);
        WriteEndpoints.Map(api, source, new WriteGuard(options.Token, options.MaxBodyBytes));
        await app.StartAsync(cancellationToken);
        return new LedgerServer(app, reads);
    }

    /// <summary>Runs until the token is cancelled or the host is told to stop (Ctrl+C, SIGTERM).</summary>
    public async Task WaitForShutdown(CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken,
            _app.Lifetime.ApplicationStopping);
        await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _reads.DisposeAsync();
    }
}
