using System.Net;
using System.Text;
using BudgetLedger.Cli.Commands;
using BudgetLedger.Cli.Composition;
using BudgetLedger.Serving;

namespace BudgetLedger.Cli.Tests.Serving;

/// <summary>Writes through `serve`: only with the token, only within the body limit, whole or not at all.</summary>
public sealed class ServeWriteTests : IAsyncLifetime
{
    private readonly ServedLedger _ledger = new() { Empty = true };

    public Task InitializeAsync() => _ledger.InitializeAsync();

    public Task DisposeAsync() => _ledger.DisposeAsync();

    private static byte[] Seed(string name) => File.ReadAllBytes(Path.Combine(CliRun.SeedsFolder(), name));

    [Fact]
    public async Task A_write_without_the_token_or_with_a_wrong_one_is_refused_401_and_writes_nothing()
    {
        using var none = await _ledger.Post("api/documents?name=a.txt", Seed(Seeds.WorkInjuryCenter2022), null);
        using var wrong = await _ledger.Post("api/documents?name=a.txt", Seed(Seeds.WorkInjuryCenter2022), "guess");

        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        (await _ledger.Get("api/status"))["position"]!.ToString().Should().Be("0");
    }

    [Fact]
    public async Task With_the_token_a_document_goes_in_once_and_the_reads_see_it_at_once()
    {
        using var first = await _ledger.Post($"api/documents?name={Seeds.WorkInjuryCenter2022}",
            Seed(Seeds.WorkInjuryCenter2022));
        using var again = await _ledger.Post($"api/documents?name={Seeds.WorkInjuryCenter2022}",
            Seed(Seeds.WorkInjuryCenter2022));
        var budget = await _ledger.Get("api/units/209105/years/2022/budget");

        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        ServedLedger.Parse(await again.Content.ReadAsStringAsync())["alreadyImported"]!.ToString().Should().Be("True");
        budget["answer"]!["tables"]![0]!.ToString().Should().Contain("1762.94");
        budget["position"]!.ToString().Should().Be(
            ServedLedger.Parse(await first.Content.ReadAsStringAsync())["position"]!.ToString());
    }

    [Fact]
    public async Task A_document_the_importer_refuses_is_a_422_with_the_clis_reason_and_nothing_is_written()
    {
        var cut = Encoding.UTF8.GetString(Seed(Seeds.WorkInjuryCenter2022));
        var half = Encoding.UTF8.GetBytes(cut[..(cut.Length / 2)]);
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(_ledger.Store)!, "half.txt"), half);
        var cli = await CliRun.Invoke("import", Path.Combine(Path.GetDirectoryName(_ledger.Store)!, "half.txt"),
            "--store", _ledger.Store);

        using var response = await _ledger.Post("api/documents?name=half.txt", half);
        var problem = ServedLedger.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be((HttpStatusCode)422);
        cli.Error.Should().Contain(problem["detail"]!.ToString().Replace("half.txt: ", ""));
        (await _ledger.Get("api/status"))["position"]!.ToString().Should().Be("0");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_413()
    {
        using var response = await _ledger.Post("api/documents?name=big.txt", new byte[10 * 1024 * 1024]);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        ServedLedger.Parse(await response.Content.ReadAsStringAsync())["detail"]!.ToString()
            .Should().Contain("over this server's limit");
    }

    [Fact]
    public async Task A_record_file_is_recorded_once_after_its_documents()
    {
        foreach (var seed in Seeds.All)
        {
            using var imported = await _ledger.Post($"api/documents?name={seed}", Seed(seed));
            imported.IsSuccessStatusCode.Should().BeTrue(await imported.Content.ReadAsStringAsync());
        }

        const string records = "shanxi-work-injury-transfer.records.json";
        using var first = await _ledger.Post($"api/records?name={records}", Seed(records));
        using var again = await _ledger.Post($"api/records?name={records}", Seed(records));

        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        ServedLedger.Parse(await again.Content.ReadAsStringAsync())["alreadyRecorded"]!.Should().HaveCount(3);
        var variance = await _ledger.Get("api/units/209105/variance?from=2022&to=2026");
        variance["answer"]!["reconciliation"]!["residual"]!.ToString().Should().Be("-197.59");
    }

    [Fact]
    public async Task The_feed_sends_the_position_now_and_again_when_the_log_moves()
    {
        using var stream = await _ledger.Client.GetStreamAsync("api/feed");
        using var reader = new StreamReader(stream);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        (await NextPosition(reader, timeout.Token)).Should().Be("0");
        using var imported = await _ledger.Post($"api/documents?name={Seeds.DataCenter2026}",
            Seed(Seeds.DataCenter2026));
        var now = (await _ledger.Get("api/status"))["position"]!.ToString();
        (await NextPosition(reader, timeout.Token)).Should().Be(now);
    }

    [Fact]
    public async Task A_server_without_a_token_is_read_only()
    {
        await using var server = await LedgerServer.Start(ServeCommand.Source(LedgerLocation.Resolve(_ledger.Store)),
            new ServerOptions("http://127.0.0.1:0"));
        using var client = new HttpClient { BaseAddress = new Uri(server.Addresses[0]) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/records?name=r.json")
            { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {ServedLedger.Token}");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_a_503_with_the_stores_error_within_seconds()
    {
        await using var server = await LedgerServer.Start(ServeCommand.Source(LedgerLocation.Resolve(
            "esdb://127.0.0.1:1?tls=false")), new ServerOptions("http://127.0.0.1:0"));
        using var client = new HttpClient { BaseAddress = new Uri(server.Addresses[0]),
            Timeout = TimeSpan.FromSeconds(30) };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.GetAsync("api/units/209105/variance?from=2022&to=2026");
        var problem = ServedLedger.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        problem["detail"]!.ToString().Should().Contain("127.0.0.1:1");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
    }

    private static async Task<string> NextPosition(StreamReader reader, CancellationToken cancel)
    {
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                return line[4..];
            }
        }

        throw new EndOfStreamException("the feed ended");
    }
}
