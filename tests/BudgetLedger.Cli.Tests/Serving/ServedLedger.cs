using System.Net.Http.Headers;
using BudgetLedger.Cli.Commands;
using BudgetLedger.Cli.Composition;
using BudgetLedger.Serving;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests.Serving;

/// <summary>The seeds imported into a ledger file, served by a real server on a free loopback port.</summary>
public sealed class ServedLedger : IAsyncLifetime
{
    public const string Token = "s3cret-token";

    private readonly TempFolder _folder = new();
    private LedgerServer? _server;

    public string Store => Path.Combine(_folder.Path, "ledger.db");

    public HttpClient Client { get; private set; } = null!;

    public Uri Address => Client.BaseAddress!;

    public IReadOnlyList<string> Addresses => _server!.Addresses;

    /// <summary>Set before the server starts: a ledger without the seeds' documents, or another token.</summary>
    public bool Empty { get; init; }

    public async Task InitializeAsync()
    {
        var import = Empty ? await CliRun.Invoke("init", "--store", Store)
            : await CliRun.Invoke("import", CliRun.SeedsFolder(), "--store", Store);
        import.ExitCode.Should().Be(0, import.Error);
        _server = await LedgerServer.Start(ServeCommand.Source(LedgerLocation.Resolve(Store)),
            new ServerOptions("http://127.0.0.1:0", Token, FeedInterval: TimeSpan.FromMilliseconds(50)));
        Client = new HttpClient { BaseAddress = new Uri(_server.Addresses[0]), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<JObject> Get(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"GET {path} answered {(int)response.StatusCode}: {body}");
        return (JObject)Parse(body);
    }

    public async Task<HttpResponseMessage> Post(string path, byte[] body, string? token = Token)
    {
        // As curl does for a large body: the server may refuse it before it is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Headers.ExpectContinue = body.Length > 1024 * 1024;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>What the CLI prints as JSON for the same question, on the same ledger.</summary>
    public async Task<JToken> Cli(params string[] args)
    {
        var result = await CliRun.Invoke([.. args, "--store", Store, "--format", "json"]);
        result.ExitCode.Should().Be(0, result.Error);
        return Parse(result.Output);
    }

    /// <summary>JSON as written: dates stay strings, so answers compare as text.</summary>
    public static JToken Parse(string text)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text))
            { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }
}
