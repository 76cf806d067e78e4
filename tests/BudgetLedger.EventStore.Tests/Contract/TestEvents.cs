using System.Text;
using BudgetLedger.EventStore.Appending;

namespace BudgetLedger.EventStore.Tests.Contract;

internal static class TestEvents
{
    public static EventData Line(int n, string type = "V1.TestLine") =>
        new(Guid.NewGuid(), type,
            Encoding.UTF8.GetBytes($"{{\"line\":{n},\"amount\":{{\"value\":\"{n}.25\",\"unit\":\"万元\"}}}}"),
            Encoding.UTF8.GetBytes($"{{\"row\":{n}}}"));

    public static IReadOnlyList<EventData> Lines(int count, int from = 0) =>
        Enumerable.Range(from, count).Select(n => Line(n)).ToList();

    public static int LineOf(byte[] data) => Newtonsoft.Json.Linq.JObject.Parse(Encoding.UTF8.GetString(data))
        .Value<int>("line");
}
