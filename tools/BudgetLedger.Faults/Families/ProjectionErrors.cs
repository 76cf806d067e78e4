using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Fixtures;
using BudgetLedger.Faults.Guards;
using static BudgetLedger.Faults.Fixtures.SeedCommands;

namespace BudgetLedger.Faults.Families;

/// <summary>
/// The commands that read projections, against a server nobody listens on (exit 1 within the time limit,
/// one line, little stdout), another program's SQLite file (exit 1, file untouched) and a ledger with a
/// spoiled row (exit 0 or 1, no crash or hang, ledger untouched).
/// </summary>
public static class ProjectionErrors
{
    private const string Unreachable = "esdb://127.0.0.1:1?tls=false";

    private static readonly string[] OtherServers =
        ["esdb://127.0.0.1:1", "esdb://localhost:1?tls=false&ledger=faults"];

    private static readonly string[][] Tables =
        [ReportBudget, FinalAccounts, FindingsReport, Variance, TraceLine, TraceProject, Rebuild,
            [.. ReportBudget, "--as-of", "100"]];

    private static readonly string[][] Jsons =
        [.. new[] { ReportBudget, FinalAccounts, FindingsReport, Variance, TraceLine, TraceProject }.Select(Json)];

    public static IReadOnlyList<FaultCase> Cases(FamilyPlan plan)
    {
        var commands = Tables.Concat(Jsons).ToList();
        var cases = new List<FaultCase>();
        cases.AddRange(commands.Select(c => Server(Unreachable, c, c == ReportBudget || c == Rebuild)));
        cases.AddRange(OtherServers.SelectMany(s => new[] { Server(s, ReportBudget), Server(s, Rebuild) }));
        cases.AddRange(commands.Select(c => Foreign(c, withEventsTable: false, c == ReportBudget)));
        cases.AddRange(commands.Select(c => Foreign(c, withEventsTable: true)));
        cases.AddRange(commands.Select(c => Corrupt(Corruption.GarbageBytes, c, c == Rebuild || c == Jsons[3])));
        foreach (var corruption in new[] { Corruption.TruncatedJson, Corruption.WrongShape, Corruption.UnknownType })
        {
            cases.AddRange(Tables.Select(c => Corrupt(corruption, c)));
        }

        return cases;
    }

    private static FaultCase Server(string server, string[] command, bool isShort = false) =>
        new($"{Label(command)} at {server}", context => Step.Check(
            context.Command(At(server, command)),
            Expectation.Exit(1) with { MaxStdoutBytes = 1024, JsonOnSuccess = command.Contains("json") },
            Guard.Entries(context.Folder.Cwd)), isShort);

    private static FaultCase Foreign(string[] command, bool withEventsTable, bool isShort = false) =>
        new($"{Label(command)} at another program's SQLite file{(withEventsTable ? " with its own events table" : "")}",
            context =>
            {
                var path = context.Folder.Path("other.db");
                _ = withEventsTable ? ForeignDatabase.WithEventsTable(path) : ForeignDatabase.Create(path);
                return Step.Check(context.Command(At("other.db", command)), Expectation.Exit(1),
                    Guard.Bytes(path), Guard.Entries(context.Folder.Cwd));
            }, isShort);

    private static FaultCase Corrupt(Corruption corruption, string[] command, bool isShort = false) =>
        new($"{Label(command)} on a ledger whose row has {Describe(corruption)}", async context =>
        {
            var path = CorruptLedger.Create(await context.Fixtures.Template, context.Folder.Cwd, corruption);
            return await Step.Check(context.Command(At(Path.GetFileName(path), command)),
                Expectation.Exit(0, 1) with { JsonOnSuccess = command.Contains("json") }, Guard.Ledger(path));
        }, isShort);

    private static string Describe(Corruption corruption) => corruption switch
    {
        Corruption.GarbageBytes => "garbage bytes for data",
        Corruption.TruncatedJson => "its JSON cut in half",
        Corruption.WrongShape => "JSON of another shape",
        _ => "an unknown event type",
    };
}
