using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Cli.Tests.Page;

/// <summary>
/// A page of a running Chromium driven over the DevTools protocol: one command at a time, each answer awaited
/// within a timeout; events the browser sends meanwhile are skipped.
/// </summary>
internal sealed class DevToolsClient : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket = new();
    private int _lastId;

    private DevToolsClient()
    {
    }

    /// <summary>Connects to the browser's first page (GET /json/list for its webSocketDebuggerUrl).</summary>
    public static async Task<DevToolsClient> ConnectToPage(int port)
    {
        using var http = new HttpClient { Timeout = CommandTimeout };
        var pages = JArray.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")));
        var url = pages.First(p => (string?)p["type"] == "page")["webSocketDebuggerUrl"]!.Value<string>()!;
        var client = new DevToolsClient();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await client._socket.ConnectAsync(new Uri(url), timeout.Token);
        return client;
    }

    /// <summary>Opens a URL and waits until it is the loaded document (its scripts run).</summary>
    public async Task Navigate(string url)
    {
        await Send("Page.navigate", new JObject { ["url"] = url });
        var loaded = $"location.href === {new JValue(url).ToString(Newtonsoft.Json.Formatting.None)} "
            + "&& document.readyState === 'complete'";
        using var timeout = new CancellationTokenSource(CommandTimeout);
        while (!await Loaded(loaded))
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>False also while the old document's context is being replaced.</summary>
    private async Task<bool> Loaded(string expression)
    {
        try
        {
            return await Evaluate<bool>(expression);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>An expression's value (a promise is awaited), returned by value as JSON.</summary>
    public async Task<T> Evaluate<T>(string expression)
    {
        var result = await Send("Runtime.evaluate", new JObject
        {
            ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true,
        });
        if (result["exceptionDetails"] is { } failure)
        {
            throw new InvalidOperationException($"the page threw: {failure}");
        }

        return result["result"]!["value"]!.ToObject<T>()!;
    }

    public async Task SetViewport(int width, int height) =>
        await Send("Emulation.setDeviceMetricsOverride", new JObject
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });

    public async Task<byte[]> Screenshot() =>
        Convert.FromBase64String((string)(await Send("Page.captureScreenshot", new JObject { ["format"] = "png" }))
            ["data"]!);

    private async Task<JObject> Send(string method, JObject parameters)
    {
        var id = ++_lastId;
        var message = new JObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None)),
            WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        while (true)
        {
            var answer = JObject.Parse(await Receive(timeout.Token));
            if ((int?)answer["id"] != id)
            {
                continue;
            }

            return answer["error"] is { } error
                ? throw new InvalidOperationException($"{method} failed: {error}")
                : (JObject)answer["result"]!;
        }
    }

    private async Task<string> Receive(CancellationToken cancellationToken)
    {
        using var text = new MemoryStream();
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult part;
        do
        {
            part = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (part.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("the browser closed the DevTools connection");
            }

            text.Write(buffer, 0, part.Count);
        }
        while (!part.EndOfMessage);
        return Encoding.UTF8.GetString(text.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }

        _socket.Dispose();
    }
}
