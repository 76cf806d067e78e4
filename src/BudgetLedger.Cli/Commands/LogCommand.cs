using BudgetLedger.Projections.Log;
using System.CommandLine;
using BudgetLedger.Cli.Output;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using Newtonsoft.Json;

namespace BudgetLedger.Cli.Commands;

public static class LogCommand
{
    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create("table", "table", "jsonl");
        var stream = new Option<string?>("--stream") { Description = "Only this stream's events." };
        var after = new Option<string?>("--after") { Description = "Only events after this global position." };
        var limit = new Option<int?>("--limit") { Description = "At most this many events." };
        var command = new Command("log", "List events in commit order: position, stream, type, data, provenance, "
            + "when effective and when recorded.")
        {
            format, stream, after, limit,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = context.OpenExisting(parse);
            if (store is null)
            {
                return CliContext.Failure;
            }

            GlobalPosition? from = parse.GetValue(after) is { } text ? Position(text) : null;
            if (parse.GetValue(limit) is < 0)
            {
                throw new UsageException($"--limit {parse.GetValue(limit)}: give how many events at most (0 or more)");
            }

            var events = parse.GetValue(stream) is { } name
                ? store.ReadStream(name, cancellationToken: cancellationToken).Where(e => from is null
                    || e.Position > from)
                : store.ReadAll(cancellationToken: cancellationToken, after: from);
            if (parse.GetValue(limit) is { } max)
            {
                events = events.Take(max);
            }

            if (parse.GetValue(format) == "jsonl")
            {
                await foreach (var e in events)
                {
                    context.Output.WriteLine(EventJson.From(e).ToString(Formatting.None));
                }
            }
            else
            {
                var rows = new List<IReadOnlyList<string>>();
                await foreach (var e in events)
                {
                    var json = EventJson.From(e);
                    rows.Add([json.Value<string>("position")!, e.Stream,
                        e.StreamRevision.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Type,
                        json.Value<string>("recordedAt")!,
                        json["effective"]?.ToString(Formatting.None)
                            ?? "", json["provenance"]?.ToString(Formatting.None)
                            ?? "", json["data"]!.ToString(Formatting.None)]);
                }

                TableWriter.Write(context.Output, ["position", "stream", "rev", "type", "recorded", "effective",
                    "provenance", "data"], rows);
            }

            return CliContext.Success;
        });
        return command;
    }

    private static GlobalPosition Position(string text)
    {
        try
        {
            var position = GlobalPosition.Parse(text);
            return position.Commit <= long.MaxValue ? position : throw new OverflowException();
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new UsageException($"--after '{text}' is not a log position (a number such as 145, as `log` and "
                + "`status` print them)");
        }
    }
}
